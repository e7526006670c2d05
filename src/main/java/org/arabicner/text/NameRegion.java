package org.arabicner.text;

/**
 * Where a name or an article comes from, as far as the English spelling of Arabic names goes:
 * the Maghreb's press spells them the French way (Chahed, Ghannouchi, Abderrahmane), the
 * English-language press elsewhere the English way (Shahid, Abdul Rahman).
 */
public enum NameRegion {
    /** Tunisia, Algeria, Morocco, Libya, Mauritania: French-influenced spellings. */
    MAGHREB,
    /** The Arab East and the Gulf: English-press spellings. */
    MASHRIQ,
    /** Not known: the name's own shape decides, else English-press spellings. */
    UNKNOWN
}
