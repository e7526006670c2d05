package org.arabicner.kb;

/**
 * Where a knowledge-base entry comes from. The order is the tie-break order of linking:
 * a country beats a curated entry of the same name, which beats a GeoNames city.
 */
public enum KbSource {
    /** A country of {@code countries.json}, possibly enriched by the curated file. */
    COUNTRY,
    /** The project's curated file, possibly merged with a GeoNames city. */
    CURATED,
    /** A GeoNames city with Arabic-script names and nothing curated about it. */
    GEONAMES;

    /** Parses the name written in the compiled file. */
    public static KbSource parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
