package org.arabicner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.arabicner.eval.TableGold.GoldEntity;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.Test;

class TableProjectorTest {

    private static GoldEntity entity(EntityType type, String... forms) {
        return new GoldEntity(type, forms[0], List.of(forms), List.of());
    }

    @Test
    void labelsEveryOccurrenceBehindCliticsAndCutsSentences() {
        String text = "زار يوسف الشاهد ولاية قفصة. وقال الشاهد إن للسعودية دورا\nوبقفصة مصنع";
        List<ConllSentence> s = TableProjector.project(text, List.of(
                entity(EntityType.PERS, "يوسف الشاهد", "الشاهد"),
                entity(EntityType.LOC, "قفصة"),
                entity(EntityType.LOC, "السعودية")));
        assertEquals(3, s.size());
        assertEquals(List.of("زار", "يوسف", "الشاهد", "ولاية", "قفصة", "."), s.get(0).words());
        assertEquals(List.of("O", "B-PERS", "I-PERS", "O", "B-LOC", "O"), s.get(0).tags());
        assertEquals(List.of("O", "B-PERS", "O", "B-LOC", "O"), s.get(1).tags());
        assertEquals(List.of("B-LOC", "O"), s.get(2).tags());
    }

    @Test
    void longerFormsWinAndSpellingIsNormalised() {
        String text = "اجتمع الاتحاد العام التونسي للشغل مع الاتحاد الأوروبي و مدرسة";
        List<ConllSentence> s = TableProjector.project(text, List.of(
                entity(EntityType.ORG, "الاتحاد العام التونسي للشغل"),
                entity(EntityType.ORG, "الاتحاد الاوروبي")));
        assertEquals(List.of("O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "O"),
                s.get(0).tags());
    }

    @Test
    void noBreakSpacesSeparateWords() {
        List<ConllSentence> s = TableProjector.project("في ملعب\u00a0رادس اليوم", List.of(
                entity(EntityType.LOC, "ملعب رادس")));
        assertEquals(List.of("في", "ملعب", "رادس", "اليوم"), s.get(0).words());
        assertEquals(List.of("O", "B-LOC", "I-LOC", "O"), s.get(0).tags());
    }

    @Test
    void cliticsOnlyBeforeTheWholeForm() {
        assertTrue(TableProjector.firstWordMatches("وبتونس", "تونس"));
        assertTrue(TableProjector.firstWordMatches("للامم", "الامم"));
        assertTrue(TableProjector.firstWordMatches("للجنه", "اللجنه"));
        assertFalse(TableProjector.firstWordMatches("بتونسي", "تونس"));
        assertFalse(TableProjector.firstWordMatches("متونس", "تونس"));
    }
}
