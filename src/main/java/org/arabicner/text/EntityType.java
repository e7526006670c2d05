package org.arabicner.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The four ANERcorp classes. */
public enum EntityType {
    PERS, LOC, ORG, MISC;

    /** Every spelling {@link #parse} accepts (upper case), and the type it means; in a fixed order. */
    private static final Map<String, EntityType> SPELLINGS = buildSpellings();

    private static Map<String, EntityType> buildSpellings() {
        Map<String, EntityType> m = new LinkedHashMap<>();
        for (String s : new String[] {"PERS", "PER", "PERSON"}) {
            m.put(s, PERS);
        }
        for (String s : new String[] {"LOC", "LOCATION", "GPE"}) {
            m.put(s, LOC);
        }
        for (String s : new String[] {"ORG", "ORGANIZATION", "ORGANISATION"}) {
            m.put(s, ORG);
        }
        for (String s : new String[] {"MISC", "MISCELLANEOUS"}) {
            m.put(s, MISC);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * Parses a type as written in tag sets and files: {@code PERS}, {@code PER}, {@code PERSON},
     * {@code LOC}, {@code LOCATION}, {@code GPE}, {@code ORG}, {@code ORGANIZATION},
     * {@code ORGANISATION}, {@code MISC}, {@code MISCELLANEOUS} (case-insensitive, trimmed).
     */
    public static EntityType parse(String s) {
        EntityType t = SPELLINGS.get(s.trim().toUpperCase(Locale.ROOT));
        if (t == null) {
            throw new IllegalArgumentException("unknown entity type '" + s
                    + "' (expected PERS, LOC, ORG or MISC)");
        }
        return t;
    }

    /** The spellings {@link #parse} accepts, upper case, with their types; for readers outside Java (SQL). */
    public static Map<String, EntityType> spellings() {
        return SPELLINGS;
    }
}
