package org.arabicner.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compiled knowledge base in models/ (runs without ../shared). */
class ShippedKnowledgeBaseTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.loadDefault();
    }

    private static String english(String arabic, EntityType type) {
        return kb.link(arabic, type, Set.of()).map(KbEntry::nameEn).orElse("-");
    }

    @Test
    void isSizable() {
        assertTrue(kb.size() > 5_000, "entries: " + kb.size());
        assertTrue(kb.nameCount() > kb.size(), "names: " + kb.nameCount());
    }

    @Test
    void seedArticleNamesLink() {
        assertEquals("Mosul", english("الموصل", EntityType.LOC));
        assertEquals("Raqqa", english("الرقة", EntityType.LOC));
        assertEquals("Raqqa", english("والرقة", EntityType.LOC));
        assertEquals("Iraq", english("العراق", EntityType.LOC));
        assertEquals("Syria", english("سورية", EntityType.LOC));
        assertEquals("Syria", english("وسورية", EntityType.LOC));
        assertEquals("United States", english("الولايات المتحدة", EntityType.LOC));
        assertEquals("United States", english("الولاياتالمتحدة", EntityType.LOC));
        assertEquals("Islamic State", english("داعش", EntityType.ORG));
        assertEquals("Islamic State", english("تنظيم الدولة الإسلامية", EntityType.ORG));
        assertEquals("Peshmerga", english("البيشمركة", EntityType.ORG));
        assertEquals("Twitter", english("تويتر", EntityType.MISC));
        assertEquals("-", english("رايان ديلون", EntityType.PERS));
        assertEquals("-", english("فيلكس جيدني", EntityType.PERS));
    }

    @Test
    void idsAndQids() {
        assertEquals("Q796", kb.link("العراق", EntityType.LOC, Set.of()).orElseThrow().id());
        assertEquals("Q2429253", kb.link("الدولة الإسلامية", EntityType.ORG, Set.of()).orElseThrow().qid());
        KbEntry mosul = kb.link("الموصل", EntityType.LOC, Set.of()).orElseThrow();
        assertEquals("IQ", mosul.countryCode());
        assertTrue(mosul.geonamesId() != null && mosul.population() > 0);
        assertEquals("Q2429253", kb.byEnglishName("ISIS").get(0).id());
    }

    @Test
    void regionalAmbiguityByContext() {
        assertEquals("LB", kb.link("طرابلس", EntityType.LOC, Set.of("لبنان")).orElseThrow().countryCode());
        assertEquals("LY", kb.link("طرابلس", EntityType.LOC, Set.of("ليبيا")).orElseThrow().countryCode());
        assertEquals("Oman", english("عمان", EntityType.LOC), "the country without context");
        assertEquals("Amman", kb.link("عمان", EntityType.LOC, Set.of("الأردن")).orElseThrow().nameEn());
    }
}
