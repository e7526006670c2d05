package org.arabicner.text;

/** The four ANERcorp classes. */
public enum EntityType {
    PERS, LOC, ORG, MISC;

    /**
     * Parses a type as written in tag sets and files: {@code PERS}, {@code PER}, {@code PERSON},
     * {@code LOC}, {@code LOCATION}, {@code GPE}, {@code ORG}, {@code ORGANIZATION}, {@code MISC}
     * (case-insensitive).
     */
    public static EntityType parse(String s) {
        switch (s.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "PERS": case "PER": case "PERSON": return PERS;
            case "LOC": case "LOCATION": case "GPE": return LOC;
            case "ORG": case "ORGANIZATION": case "ORGANISATION": return ORG;
            case "MISC": case "MISCELLANEOUS": return MISC;
            default: throw new IllegalArgumentException("unknown entity type '" + s
                    + "' (expected PERS, LOC, ORG or MISC)");
        }
    }
}
