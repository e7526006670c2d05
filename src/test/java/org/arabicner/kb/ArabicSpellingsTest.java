package org.arabicner.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicSpellingsTest {

    @Test
    void keepsArabicAlphabetSpellings() {
        assertTrue(ArabicSpellings.isArabicSpelling("أربيل"));
        assertTrue(ArabicSpellings.isArabicSpelling("دير الزور"));
        assertTrue(ArabicSpellings.isArabicSpelling("داريّا"), "shadda is Arabic too");
    }

    @Test
    void rejectsPersianUrduKurdishLetters() {
        assertFalse(ArabicSpellings.isArabicSpelling("اربیل"), "Farsi yeh");
        assertFalse(ArabicSpellings.isArabicSpelling("کندهار"), "keheh");
        assertFalse(ArabicSpellings.isArabicSpelling("پاریس"), "peh");
        assertFalse(ArabicSpellings.isArabicSpelling("گرگان"), "gaf");
        assertFalse(ArabicSpellings.isArabicSpelling("لاہور"), "Urdu heh goal");
        assertFalse(ArabicSpellings.isArabicSpelling("لاھور"), "heh doachashmee");
        assertFalse(ArabicSpellings.isArabicSpelling("هەولێر"), "Kurdish ae and yeh with v");
        assertFalse(ArabicSpellings.isArabicSpelling("دهۆك"), "Kurdish oe");
        assertFalse(ArabicSpellings.isArabicSpelling("ڕیاز"), "Kurdish rreh");
    }

    @Test
    void rejectsVocalisedMixedAndEmptyNames() {
        assertFalse(ArabicSpellings.isArabicSpelling("تِهران"), "vowel marks: a Persian reading aid");
        assertFalse(ArabicSpellings.isArabicSpelling("Erbil - أربيل"), "Latin mixed in");
        assertFalse(ArabicSpellings.isArabicSpelling("كه\u200cركووك"), "zero-width non-joiner is Persian/Kurdish");
        assertFalse(ArabicSpellings.isArabicSpelling(" "));
        assertFalse(ArabicSpellings.isArabicSpelling("ب"));
    }

    @Test
    void alternateNamesKeepArabicOnlyAndDropDistricts() {
        List<String> kept = ArabicSpellings.fromAlternateNames(
                "Arbil,Hawler,أربيل,اربیل,هەولێر,محافظة أربيل,Erbil - أربيل,أربيل");
        assertEquals(List.of("أربيل"), kept);
    }

    @Test
    void arabicLookingSpellingComesFirst() {
        // قاهره is the Persian spelling (no article, heh for teh marbuta).
        assertEquals(List.of("القاهرة", "قاهره"), ArabicSpellings.fromAlternateNames("قاهره,القاهرة,قاہرہ"));
        assertEquals(List.of("الكويت", "مدينة الكويت"),
                ArabicSpellings.preferredFirst(List.of("مدينة الكويت", "الكويت")));
    }
}
