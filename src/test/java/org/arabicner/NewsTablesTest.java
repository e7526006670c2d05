package org.arabicner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.arabicner.table.Entity;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Cases from Tunisian news (issue 12) through the whole pipeline with the shipped models: common
 * words that are also knowledge-base names, a place announced by a place word, a word the
 * segmenter broke at a letter it took for a clitic.
 */
class NewsTablesTest {

    private static List<Entity> table(String text) {
        return SharedPipeline.get().annotate("t", text).entities();
    }

    private static String show(List<Entity> entities) {
        return entities.stream().map(e -> e.type() + " " + e.nameAr() + "/" + e.nameEn()).toList().toString();
    }

    @Test
    void commonWordsInOrdinarySentencesAreNotEntities() {
        for (String[] c : List.of(new String[] {"الثورة", "وقال إن الشباب الذين قاموا بالثورة ينتظرون التشغيل منذ سنوات ."},
                new String[] {"صور", "ونشرت الصفحة صور الحادث وطالبت بفتح تحقيق في ما جرى ."},
                new String[] {"مالي", "وتعاني البلدية من عجز مالي كبير منذ سنتين حسب المسؤولين ."},
                new String[] {"التحالف", "واعتبر أن تعاطي \"التحالف اليميني الحاكم\" مع المناصب العامة كان سيئا ."})) {
            List<Entity> t = table(c[1]);
            assertTrue(t.stream().noneMatch(e -> e.surfaceForms().contains(c[0])), c[0] + ": " + show(t));
        }
    }

    @Test
    void gafsaAfterThePlaceWordIsAPlace() {
        List<Entity> t = table("وأدى الوزير زيارة عمل إلى مدينة قفصة أمس .");
        Entity gafsa = t.stream().filter(e -> e.surfaceForms().contains("قفصة")).findFirst()
                .orElseThrow(() -> new AssertionError("قفصة not found: " + show(t)));
        assertEquals(EntityType.LOC, gafsa.type());
        assertEquals("Gafsa", gafsa.nameEn());
    }

    @Test
    void facebookIsOneNameNotAPerson() {
        List<Entity> t = table("ونشر الحزب بيانا على صفحته الرسمية بموقع التواصل الاجتماعي فايسبوك مساء أمس .");
        assertTrue(t.stream().noneMatch(e -> e.type() == EntityType.PERS), show(t));
        Entity fb = t.stream().filter(e -> e.nameAr().equals("فايسبوك")).findFirst()
                .orElseThrow(() -> new AssertionError("فايسبوك not found whole: " + show(t)));
        assertTrue(fb.type() == EntityType.ORG || fb.type() == EntityType.MISC, show(t));
    }
}
