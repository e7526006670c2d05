package org.arabicner.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.arabicner.text.NameRegion;
import org.junit.jupiter.api.BeforeAll;
import java.util.List;
import org.arabicner.text.Names;
import org.junit.jupiter.api.Test;

/** The shipped name lexicon in front of the shipped model; needs no corpora. */
class ShippedNameReaderTest {

    private static NameReader reader;

    @BeforeAll
    static void load() {
        reader = NameReader.of(Transliterator.loadDefault());
    }

    private static String read(String name, NameRegion region) {
        return reader.read(name, region).english();
    }

    @Test
    void theIssuesArabicNamesComeOutAsThePressSpellsThem() {
        assertEquals("Omar Sharif", read("عمر الشريف", NameRegion.UNKNOWN));
        assertEquals("Mohamed Salah", read("محمد صلاح", NameRegion.UNKNOWN));
        assertEquals("Riyad Mahrez", read("رياض محرز", NameRegion.UNKNOWN));
        assertEquals("Naguib Mahfouz", read("نجيب محفوظ", NameRegion.UNKNOWN));
        assertEquals("Umm Kulthum", read("أم كلثوم", NameRegion.UNKNOWN));
        assertEquals("Fairuz", read("فيروز", NameRegion.UNKNOWN));
        assertEquals("Lionel Messi", read("ليونيل ميسي", NameRegion.UNKNOWN));
    }

    @Test
    void maghrebNamesTakeFrenchInfluencedSpellings() {
        assertEquals("Rached Ghannouchi", read("راشد الغنوشي", NameRegion.UNKNOWN), "by its shape");
        assertEquals("Abderrahmane Hedhili", read("عبد الرحمن الهذيلي", NameRegion.UNKNOWN), "by its shape");
        assertEquals("Trabelsi", read("الطرابلسي", NameRegion.MAGHREB));
        assertEquals("Youssef Chahed", read("يوسف الشاهد", NameRegion.MAGHREB));
        assertEquals("Noureddine Taboubi", read("نور الدين الطبوبي", NameRegion.MAGHREB));
        assertEquals("Abdul Rahman", read("عبد الرحمن", NameRegion.MASHRIQ));
    }

    @Test
    void theSeedsPeopleAreReadPartByPart() {
        assertEquals("Ryan Dillon", read("رايان ديلون", NameRegion.UNKNOWN));
        // Felix Gedney is not reached: the model reads جيدني as Jedny (models/README.md)
        assertTrue(read("فيلكس جيدني", NameRegion.UNKNOWN).startsWith("Felix "));
        for (String part : List.of("رايان", "ديلون", "فيلكس", "جيدني")) {
            assertFalse(reader.lexicon().contains(Names.arabicWords(part)), part + ": the seed's names are not listed");
        }
    }

    @Test
    void wholeForeignNamesAsThePressWritesThem() {
        assertEquals("Ban Ki-moon", read("بان كي مون", NameRegion.UNKNOWN));
        assertEquals("Sergei Lavrov", read("سيرغي لافروف", NameRegion.UNKNOWN));
        assertEquals("Mahmoud Ahmadinejad", read("محمود أحمدي نجاد", NameRegion.UNKNOWN));
        assertEquals("Osama bin Laden", read("أسامة بن لادن", NameRegion.UNKNOWN));
    }

    @Test
    void partsTheLexiconLacksGoToTheModel() {
        NameReader.Reading r = reader.read("محمد غشامي", NameRegion.UNKNOWN);
        assertEquals(NameReader.Source.LIST, r.parts().get(0).source());
        assertEquals(NameReader.Source.MODEL, r.parts().get(1).source());
        assertTrue(r.english().startsWith("Mohamed "), r.english());
    }

    @Test
    void theLexiconIsLargeAndKnowsItsFamilyNames() {
        assertTrue(reader.lexicon().size() > 900, "size " + reader.lexicon().size());
        assertTrue(reader.lexicon().familyNameWords().contains("الشاهد"));
        assertTrue(!reader.lexicon().familyNameWords().contains("محمد"));
    }
}
