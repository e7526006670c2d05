package org.arabicner.resolve;

import org.arabicner.text.NameRegion;

/** Reads an Arabic name in English letters. Implementations are thread-safe. */
@FunctionalInterface
public interface NameTransliterator {

    /**
     * The best English reading of a (possibly multi-word) name, or "" when there is none.
     *
     * @param region where the article comes from (Maghreb names take French-influenced spellings)
     */
    String transliterate(String nameAr, NameRegion region);

    /** The reading when the article's region is not known. */
    default String transliterate(String nameAr) {
        return transliterate(nameAr, NameRegion.UNKNOWN);
    }

    static NameTransliterator none() {
        return (name, region) -> "";
    }
}
