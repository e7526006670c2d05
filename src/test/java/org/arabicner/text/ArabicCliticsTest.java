package org.arabicner.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicCliticsTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({
        "والرقه, الرقه",
        "بالرقه, الرقه",
        "للرقه, الرقه",
        "فالعراق, العراق",
        "وللعراق, العراق",
        "كالعراق, العراق",
        "وسوريه, سوريه",
        "بغداد, غداد",
        "العراق, عراق",
    })
    void readingsIncludeTheStem(String word, String stem) {
        assertTrue(ArabicClitics.readings(word).contains(stem), () -> ArabicClitics.readings(word).toString());
    }

    @ParameterizedTest(name = "{0} is read as itself first")
    @CsvSource({"وليد", "بغداد", "الرقه"})
    void theWordItselfComesFirst(String word) {
        assertEquals(word, ArabicClitics.readings(word).get(0));
    }

    @ParameterizedTest(name = "{0} keeps at least two letters")
    @CsvSource({"ال", "و", "ب"})
    void shortWordsAreNotStripped(String word) {
        assertEquals(java.util.List.of(word), ArabicClitics.readings(word));
    }
}
