package org.arabicner.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "diacritics removed          | مُحَمَّدٌ      | محمد",
        "hamza marks removed         | سماء\u0654     | سماء",
        "superscript alef removed    | هٰذا          | هذا",
        "tatweel removed             | العـــراق     | العراق",
        "alef madda to alef          | آمال          | امال",
        "alef hamza above to alef    | أحمد          | احمد",
        "alef hamza below to alef    | إبراهيم       | ابراهيم",
        "alef wasla to alef          | ٱلله          | الله",
        "alef maksura to yeh         | مصطفى         | مصطفي",
        "farsi yeh to yeh            | علی           | علي",
        "yeh hamza to yeh            | إسرائيل       | اسراييل",
        "waw hamza to waw            | مؤتمر         | موتمر",
        "teh marbuta to heh          | الرقة         | الرقه",
        "keheh to kaf                | کردستان       | كردستان",
        "arabic-indic digits         | ٢٠١٧          | 2017",
        "extended arabic-indic digits| ۲۰۱۷          | 2017",
        "bidi and zero-width removed | \u200fسورية\u200b | سوريه",
    })
    void rule(String rule, String input, String expected) {
        assertEquals(expected, ArabicNormalizer.normalize(input), rule);
    }

    @Test
    void whiteSpaceRunsBecomeOneSpace() {
        assertEquals("رايان ديلون", ArabicNormalizer.normalize("  رايان \t\n ديلون "));
    }

    @Test
    void latinTextIsKept() {
        assertEquals("ISIS 2014", ArabicNormalizer.normalize("ISIS 2014"));
    }
}
