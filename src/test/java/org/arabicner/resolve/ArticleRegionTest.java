package org.arabicner.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.arabicner.text.NameRegion;
import org.junit.jupiter.api.Test;

class ArticleRegionTest {

    @Test
    void maghrebMonthsAndPlacesMakeAMaghrebArticle() {
        assertEquals(NameRegion.MAGHREB, ArticleRegion.of("التقى رئيس الحكومة يوم 18 جانفي 2017 في صفاقس بوفد من سوسة."));
    }

    @Test
    void levantineMonthsAndCapitalsMakeAMashriqArticle() {
        assertEquals(NameRegion.MASHRIQ, ArticleRegion.of("وصل الوزير إلى بيروت في تشرين الأول قادما من دمشق."));
    }

    @Test
    void weakOrBalancedEvidenceLeavesTheRegionUnknown() {
        assertEquals(NameRegion.UNKNOWN, ArticleRegion.of("قال الرئيس إن الاقتصاد ينمو."));
        assertEquals(NameRegion.UNKNOWN, ArticleRegion.of("زار وزير خارجية تونس القاهرة."));
        assertEquals(NameRegion.UNKNOWN, ArticleRegion.of(""));
    }

    @Test
    void cliticsDoNotHideEvidence() {
        assertEquals(NameRegion.MAGHREB, ArticleRegion.of("وصل إلى بتونس وبصفاقس ولسوسة"));
    }
}
