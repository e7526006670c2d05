package org.arabicner.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.arabicner.text.NameRegion;
import org.junit.jupiter.api.Test;

/** The reader's rules on a small lexicon and a stand-in model that marks what it read. */
class NameReaderTest {

    private static final String LEXICON = String.join("\n",
            "# test lexicon",
            "محمد\tMohamed\tMohamed\tany\tcurated",
            "يوسف\tYoussef\tYoussef\tany\tcurated",
            "حسن\tHassan\tHassen\tany\tcurated",
            "الشاهد\tChahed\tChahed\tmaghreb\tcurated",
            "الشريف\tSharif\tCherif\tany\tcurated",
            "عبد الرحمن\tAbdul Rahman\tAbderrahmane\tany\tcurated",
            "نور الدين\tNour al-Din\tNoureddine\tany\tcurated",
            "بن\tbin\tBen\tany\tcurated",
            "الثاني\tII\tII\tany\tcurated",
            "");

    private final NameReader reader;

    NameReaderTest() throws IOException {
        NameLexicon lexicon = NameLexicon.read(new ByteArrayInputStream(LEXICON.getBytes(StandardCharsets.UTF_8)));
        reader = new NameReader(lexicon, word -> "M(" + word + ")");
    }

    @Test
    void partsComeFromTheLexiconBeforeTheModel() {
        NameReader.Reading r = reader.read("محمد كريم", NameRegion.UNKNOWN);
        assertEquals("Mohamed M(كريم)", r.english());
        assertEquals(List.of(NameReader.Source.LIST, NameReader.Source.MODEL),
                r.parts().stream().map(NameReader.Part::source).toList());
        assertEquals(NameReader.Source.MODEL, r.source());
        assertEquals(NameReader.Source.LIST, reader.read("محمد الشريف", NameRegion.UNKNOWN).source());
    }

    @Test
    void theArticleOfAFamilyNameIsDropped() {
        assertEquals("Mohamed Sharif", reader.read("محمد الشريف", NameRegion.UNKNOWN).english());
        assertEquals("Mohamed M(غنوشي)", reader.read("محمد الغنوشي", NameRegion.UNKNOWN).english());
        assertEquals("Mohamed II", reader.read("محمد الثاني", NameRegion.UNKNOWN).english(),
                "a word the lexicon holds with its article is read as a whole");
    }

    @Test
    void multiWordPartsAreReadAsOne() {
        assertEquals("Abdul Rahman Sharif", reader.read("عبد الرحمن الشريف", NameRegion.MASHRIQ).english());
        assertEquals("Noureddine Cherif", reader.read("نور الدين الشريف", NameRegion.MAGHREB).english());
        assertEquals("Mohamed bin Hassan", reader.read("محمد بن حسن", NameRegion.MASHRIQ).english());
    }

    @Test
    void compoundsWithAnUnknownPartAreBuiltAroundTheModel() {
        assertEquals("Abdel M(حكيم)", reader.read("عبد الحكيم", NameRegion.MASHRIQ).english());
        assertEquals("Abdelm(حكيم)", reader.read("عبدالحكيم", NameRegion.MAGHREB).english());
        assertEquals("M(سيف)eddine", reader.read("سيف الدين", NameRegion.MAGHREB).english());
        assertEquals("M(سيف) al-Din", reader.read("سيف الدين", NameRegion.MASHRIQ).english());
        assertEquals("M(نصر)allah", reader.read("نصر الله", NameRegion.UNKNOWN).english());
    }

    @Test
    void theRegionChoosesTheSpelling() {
        assertEquals("Hassan Sharif", reader.read("حسن الشريف", NameRegion.MASHRIQ).english());
        assertEquals("Hassen Cherif", reader.read("حسن الشريف", NameRegion.MAGHREB).english());
    }

    @Test
    void aMaghrebOnlyPartMakesAnUnknownRegionNameMaghreb() {
        NameReader.Reading r = reader.read("حسن الشاهد", NameRegion.UNKNOWN);
        assertEquals("Hassen Chahed", r.english());
        assertEquals(NameRegion.MAGHREB, r.region());
        assertEquals("Hassan Chahed", reader.read("حسن الشاهد", NameRegion.MASHRIQ).english(),
                "the article's region wins over the name's shape");
    }

    @Test
    void spellingVariantsAndEmptyInput() {
        assertEquals("Youssef", reader.read("يُوسُف", NameRegion.UNKNOWN).english(), "diacritics");
        assertEquals("", reader.read("  ", NameRegion.UNKNOWN).english());
    }
}
