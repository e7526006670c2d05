package org.arabicner.table;

/** Where an entity's English name came from. */
public enum NameSource {
    /** The knowledge base's English name for the linked entry. */
    KB("kb"),
    /** The learned transliterator's best reading of the Arabic name. */
    TRANSLITERATION("transliteration"),
    /** No English name (organisations and misc. names outside the knowledge base). */
    NONE("");

    private final String csvValue;

    NameSource(String csvValue) {
        this.csvValue = csvValue;
    }

    /** The value of the {@code name_source} CSV column. */
    public String csvValue() {
        return csvValue;
    }
}
