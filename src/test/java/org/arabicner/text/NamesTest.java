package org.arabicner.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    /**
     * The Arabic edge cases of "the same name", on both sides of the product: the pipeline's
     * Arabic keys (knowledge base, back-off, {@code EntityTable.find}) and the corpus store's
     * search keys. {@code query} is what a text or a user writes, {@code name} the listed name.
     */
    @ParameterizedTest(name = "{0}: {1} ~ {2} is {3}")
    @CsvSource(delimiter = '|', value = {
        "glued words               | الولاياتالمتحدة          | الولايات المتحدة        | true",
        "quotes «»                 | «داعش»                  | داعش                   | true",
        "quotes inside a name      | تنظيم «الدولة الإسلامية» | تنظيم الدولة الإسلامية | true",
        "conjunction + article     | والموصل                 | الموصل                 | true",
        "two clitics + article     | وبالموصل                | الموصل                 | true",
        "lam + article is لل       | للرقة                   | الرقة                  | true",
        "kaf + article             | كالعراق                 | العراق                 | true",
        "clitic, name of two words | بالدولة الإسلامية       | الدولة الإسلامية       | true",
        "article dropped           | العراق                  | عراق                   | true",
        "hamza above               | أحمد                    | احمد                   | true",
        "hamza below               | إبراهيم                 | ابراهيم                | true",
        "alef madda                | آمال                    | امال                   | true",
        "alef wasla                | ٱلقدس                   | القدس                  | true",
        "yeh with hamza            | إسرائيل                 | اسرائيل                | true",
        "waw with hamza            | مؤتة                    | موتة                   | true",
        "alef maksura              | مصطفى                   | مصطفي                  | true",
        "teh marbuta               | الرقة                   | الرقه                  | true",
        "diacritics                | مُحَمَّد                  | محمد                   | true",
        "shadda                    | الرقّة                   | الرقة                  | true",
        "tatweel                   | العـــراق               | العراق                 | true",
        "Arabic-Indic digits       | ١٧ تموز                 | 17 تموز                | true",
        "Persian digits            | ۱۷ تموز                 | 17 تموز                | true",
        "zero-width space          | سور\u200Bية             | سورية                  | true",
        "zero-width non-joiner     | \u200Cالموصل            | الموصل                 | true",
        "bidi marks                | \u200Fسورية\u200E       | سورية                  | true",
        "another spelling          | سوريا                   | سورية                  | false",
        "another name              | بغداد                   | دمشق                   | false",
        "a clitic is not a name    | و                       | الموصل                 | false",
    })
    void sameName(String rule, String query, String name, boolean same) {
        assertEquals(same, Names.readingKeys(query).contains(Names.arabicKey(name)),
                () -> rule + ": " + Names.readingKeys(query) + " vs " + Names.arabicKey(name));
        List<String> indexed = Names.indexKeys(name).stream().map(Names.RankedKey::key).toList();
        assertEquals(same, Names.queryKeys(query).stream().anyMatch(indexed::contains),
                () -> rule + " (store): " + Names.queryKeys(query) + " vs " + indexed);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "fold and quotes    | «الدولة الإسلامية»   | الدوله الاسلاميه",
        "dash separates     | بن-علي               | بن علي",
        "spaces collapse    | \u00A0رايان \t ديلون  | رايان ديلون",
        "digits             | ٢٠١٧                 | 2017",
        "punctuation only   | « - »                | ''",
    })
    void arabicWords(String rule, String name, String words) {
        assertEquals(words, Names.arabicWords(name), rule);
        assertEquals(words.replace(" ", ""), Names.arabicKey(name), rule);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "«الرقة»،   | الرقه",
        "(داعش)     | داعش",
        "بن-علي     | بن-علي",
        "؟          | ''",
        "الـكولونيل | الكولونيل",
    })
    void wordKeyTrimsEdgePunctuationOnly(String word, String key) {
        assertEquals(key, Names.wordKey(word));
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({
        "والرقه, الرقه", "بالرقه, الرقه", "للرقه, الرقه", "فالعراق, العراق", "وللعراق, العراق",
        "كالعراق, العراق", "وسوريه, سوريه", "بغداد, غداد", "العراق, عراق",
    })
    void cliticReadingsIncludeTheStem(String word, String stem) {
        assertTrue(Names.cliticReadings(word).contains(stem), () -> Names.cliticReadings(word).toString());
    }

    @ParameterizedTest(name = "{0} is read as itself first")
    @CsvSource({"وليد", "بغداد", "الرقه"})
    void theWordItselfComesFirst(String word) {
        assertEquals(word, Names.cliticReadings(word).get(0));
    }

    @ParameterizedTest(name = "{0} keeps at least two letters")
    @CsvSource({"ال", "و", "ب"})
    void shortWordsAreNotStripped(String word) {
        assertEquals(List.of(word), Names.cliticReadings(word));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "الموصل           | موصل",
        "الدوله الاسلاميه | دوله الاسلاميه",
        "الم              | الم",
        "ال               | ال",
        "بغداد            | بغداد",
    })
    void withoutArticle(String folded, String bare) {
        assertEquals(bare, Names.withoutArticle(folded));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "والرئيس | الرئيس", "فالرئيس | الرئيس", "بالرئيس | الرئيس", "للرئيس | لرئيس",
        "كالرئيس | الرئيس", "وزير | زير", "ولي | ولي", "رئيس | رئيس",
    })
    void withoutProclitic(String folded, String bare) {
        assertEquals(bare, Names.withoutProclitic(folded));
    }

    @Test
    void punctuationBreaksAPlainName() {
        assertTrue(Names.isPlainName("الموصل"));
        assertTrue(Names.isPlainName("الولايات المتحدة"));
        assertTrue(Names.isPlainName("الرقّة\u200B"));
        assertFalse(Names.isPlainName("الموصل،"));
        assertFalse(Names.isPlainName("«داعش"));
    }

    @Test
    void englishKeyIgnoresCaseAccentsPunctuationAndThe() {
        assertEquals("sao paulo", Names.englishKey("São  Paulo"));
        assertEquals("islamic state", Names.englishKey("The Islamic State"));
        assertEquals(Names.englishKey("al-Raqqa"), Names.englishKey("Al Raqqa"));
    }

    @Test
    void searchKeysFoldSpellingCasePunctuationAndSpaces() {
        assertEquals(Names.searchKey("الرقة"), Names.searchKey("الرقّة"));
        assertEquals(Names.searchKey("أيمن الظواهري"), Names.searchKey("ايمن الظواهرى"));
        assertEquals("alraqqa", Names.searchKey("Al-Raqqa"));
        assertEquals("saopaulo", Names.searchKey("São Paulo"));
        assertEquals(Names.searchKey("الولاياتالمتحدة"), Names.searchKey("الولايات المتحدة"));
        assertEquals("", Names.searchKey(" - "));
    }

    @Test
    void indexKeysCoverArticleLessFormAndLaterWords() {
        assertEquals(List.of(new Names.RankedKey("ryandillon", Names.FULL), new Names.RankedKey("dillon", Names.WORD)),
                Names.indexKeys("Ryan Dillon"));
        List<String> mosul = Names.indexKeys("الموصل").stream().map(Names.RankedKey::key).toList();
        assertEquals(List.of(Names.searchKey("الموصل"), Names.searchKey("موصل")), mosul);
        List<String> abadi = Names.indexKeys("Haider al-Abadi").stream().map(Names.RankedKey::key).toList();
        assertTrue(abadi.containsAll(List.of("haideralabadi", "alabadi", "abadi")), abadi.toString());
    }

    @Test
    void queryKeysStripProcliticsFromTheFirstWord() {
        List<String> keys = Names.queryKeys("والموصل");
        assertEquals(Names.searchKey("والموصل"), keys.get(0));
        assertTrue(keys.contains(Names.searchKey("الموصل")), keys.toString());
        assertEquals(List.of("mosul"), Names.queryKeys("Mosul"));
    }
}
