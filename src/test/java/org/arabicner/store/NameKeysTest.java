package org.arabicner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void foldsSpellingCasePunctuationAndSpaces() {
        assertEquals(NameKeys.key("الرقة"), NameKeys.key("الرقّة"));
        assertEquals(NameKeys.key("أيمن الظواهري"), NameKeys.key("ايمن الظواهرى"));
        assertEquals(NameKeys.key("الدولة الإسلامية"), NameKeys.key("الدولة الاسلامية"));
        assertEquals("alraqqa", NameKeys.key("Al-Raqqa"));
        assertEquals("sao paulo".replace(" ", ""), NameKeys.key("São Paulo"));
        assertEquals(NameKeys.key("الولاياتالمتحدة"), NameKeys.key("الولايات المتحدة"));
        assertEquals("", NameKeys.key(" - "));
    }

    @Test
    void indexKeysCoverArticleLessFormAndLaterWords() {
        List<NameKeys.RankedKey> keys = NameKeys.indexKeys("Ryan Dillon");
        assertEquals(List.of(new NameKeys.RankedKey("ryandillon", NameKeys.FULL),
                new NameKeys.RankedKey("dillon", NameKeys.WORD)), keys);
        List<String> mosul = NameKeys.indexKeys("الموصل").stream().map(NameKeys.RankedKey::key).toList();
        assertEquals(List.of(NameKeys.key("الموصل"), NameKeys.key("موصل")), mosul);
        List<String> abadi = NameKeys.indexKeys("Haider al-Abadi").stream().map(NameKeys.RankedKey::key).toList();
        assertTrue(abadi.containsAll(List.of("haideralabadi", "alabadi", "abadi")), abadi.toString());
    }

    @Test
    void queryKeysStripProcliticsFromTheFirstWord() {
        List<String> keys = NameKeys.queryKeys("والموصل");
        assertEquals(NameKeys.key("والموصل"), keys.get(0));
        assertTrue(keys.contains(NameKeys.key("الموصل")), keys.toString());
        assertTrue(NameKeys.queryKeys("بالدولة الإسلامية").contains(NameKeys.key("الدولة الإسلامية")));
        assertEquals(List.of("mosul"), NameKeys.queryKeys("Mosul"));
    }
}
