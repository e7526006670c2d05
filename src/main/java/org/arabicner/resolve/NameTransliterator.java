package org.arabicner.resolve;

/** Reads an Arabic name in English letters. Implementations are thread-safe. */
@FunctionalInterface
public interface NameTransliterator {

    /** The best English reading of a (possibly multi-word) name, or "" when there is none. */
    String transliterate(String nameAr);

    static NameTransliterator none() {
        return name -> "";
    }
}
