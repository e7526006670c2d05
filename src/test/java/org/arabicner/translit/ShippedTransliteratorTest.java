package org.arabicner.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Properties of the shipped model; needs no corpora. */
class ShippedTransliteratorTest {

    private static Transliterator model;

    @BeforeAll
    static void load() {
        model = Transliterator.loadDefault();
    }

    @Test
    void readingsAreDistinctCapitalisedLatinWords() {
        for (String name : new String[] {"لندن", "جونسون", "كاترين", "ماكرون", "ستيفنسون"}) {
            List<String> readings = model.transliterate(name, 5);
            assertFalse(readings.isEmpty(), name);
            assertTrue(readings.size() <= 5, name);
            assertEquals(readings.size(), readings.stream().map(r -> r.toLowerCase(Locale.ROOT)).distinct().count());
            for (String r : readings) {
                assertTrue(r.matches("\\p{Lu}\\p{Ll}+"), r);
            }
            assertEquals(readings.get(0), model.best(name));
        }
    }

    @Test
    void multiWordNamesArePartByPart() {
        String full = model.best("جون سميث");
        assertEquals(model.best("جون") + " " + model.best("سميث"), full);
        List<String> top = model.transliterate("جون سميث", 4);
        assertEquals(top.size(), top.stream().distinct().count());
        for (String r : top) {
            assertEquals(2, r.split(" ").length, r);
        }
    }

    @Test
    void commonNamesComeOutCloseToTheirUsualSpelling() {
        // widely used names (not the seed article's): the first reading should be within two
        // letters of the usual English spelling for most of them
        String[][] cases = {{"جورج", "George"}, {"مايكل", "Michael"}, {"باريس", "Paris"}, {"روبرت", "Robert"},
            {"ديفيد", "David"}, {"مارتن", "Martin"}, {"هاري", "Harry"}, {"كارلوس", "Carlos"},
            {"ماريا", "Maria"}, {"توماس", "Thomas"}};
        int close = 0;
        for (String[] c : cases) {
            int d = TransliterationEvaluation.editDistance(model.best(c[0]).toLowerCase(Locale.ROOT),
                    c[1].toLowerCase(Locale.ROOT));
            close += d <= 2 ? 1 : 0;
        }
        assertTrue(close >= 8, "only " + close + " of " + cases.length + " within two letters");
    }

    @Test
    void normalisationVariantsReadAlike() {
        // hamza on alef and teh marbuta fold away before decoding
        assertEquals(model.best("اليزابيث"), model.best("إليزابيث"));
        assertEquals(model.best("فاطمه"), model.best("فاطمة"));
    }

    @Test
    void emptyOrNonArabicInput() {
        assertEquals("", model.best(""));
        assertTrue(model.transliterate("   ", 3).isEmpty());
        assertEquals("Smith", model.best("smith"));
    }
}
