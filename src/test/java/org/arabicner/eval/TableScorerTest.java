package org.arabicner.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.arabicner.eval.TableGold.GoldArticle;
import org.arabicner.eval.TableGold.GoldEntity;
import org.arabicner.eval.TableScorer.SystemRow;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.Test;

class TableScorerTest {

    private static GoldEntity gold(EntityType t, String ar, List<String> forms, String... en) {
        return new GoldEntity(t, ar, forms, List.of(en));
    }

    private static SystemRow row(EntityType t, String ar, String en, String... forms) {
        return new SystemRow("a1", t, ar, en, List.of(forms));
    }

    private static TableGold oneArticle(GoldEntity... entities) {
        return new TableGold(List.of(new GoldArticle("a1", "c", 0, "00", "dev", "", List.of(entities))));
    }

    @Test
    void matchesByAnyFormAfterNormalisationOneToOne() {
        TableGold g = oneArticle(
                gold(EntityType.PERS, "يوسف الشاهد", List.of("يوسف الشاهد", "الشاهد"), "Youssef Chahed"),
                gold(EntityType.LOC, "تونس", List.of("تونس"), "Tunisia"),
                gold(EntityType.ORG, "وزارة الصحة", List.of("وزارة الصحة"), "Ministry of Health"));
        List<SystemRow> rows = List.of(
                row(EntityType.PERS, "الشاهد", "Chahed", "الشاهد"),          // a surface form: match, English wrong
                row(EntityType.PERS, "يُوسف الشاهد", "Youssef Chahed", "يُوسف الشاهد"), // the same person split in two
                row(EntityType.LOC, "تونس", "tunisia.", "تونس"),           // English ok up to case and punctuation
                row(EntityType.LOC, "وزارة الصحة", "", "وزارة الصحة"));     // wrong type
        TableScorer.Result r = new TableScorer().score(g, rows, Set.of("a1"));
        Counts micro = r.typed().micro();
        assertEquals(2, micro.tp(), "one PERS row and the LOC row");
        assertEquals(2, micro.fp(), "the second PERS row and the mistyped ORG");
        assertEquals(1, micro.fn(), "the ORG");
        assertEquals(new Counts(1, 1, 0), r.typed().types().get("PERS"));
        assertEquals(new Counts(1, 1, 0), r.typed().types().get("LOC"));
        assertEquals(new Counts(0, 0, 1), r.typed().types().get("ORG"));
        assertEquals(new Counts(3, 1, 0), r.untyped(), "ignoring types the ORG matches");
        assertEquals(2, r.englishAll());
        assertEquals(1, r.englishOk(), "the PERS match is the first row (Chahed), wrong");
        assertTrue(r.missing().isEmpty());
        assertTrue(r.errors().get("a1").contains("- ORG وزارة الصحة"));
    }

    @Test
    void matchingIsMaximumNotGreedy() {
        // row 0 fits both gold entities, row 1 only the first: a greedy pass could leave one unmatched
        TableGold g = oneArticle(
                gold(EntityType.PERS, "محمد علي", List.of("محمد علي", "علي"), "Mohamed Ali"),
                gold(EntityType.PERS, "علي العريض", List.of("علي العريض", "علي"), "Ali Larayedh"));
        List<SystemRow> rows = List.of(row(EntityType.PERS, "علي", "Ali", "علي"),
                row(EntityType.PERS, "محمد علي", "Mohamed Ali", "محمد علي"));
        TableScorer.Result r = new TableScorer().score(g, rows, Set.of("a1"));
        assertEquals(new Counts(2, 0, 0), r.typed().micro());
    }

    @Test
    void anArticleMissingFromTheRunCountsAsMissedAndIsReported() {
        TableGold g = oneArticle(gold(EntityType.LOC, "صفاقس", List.of("صفاقس"), "Sfax"));
        TableScorer.Result r = new TableScorer().score(g, List.of(), Set.of());
        assertEquals(new Counts(0, 0, 1), r.typed().micro());
        assertEquals(List.of("a1"), r.missing());
        assertEquals(0.0, r.typed().micro().f1());
    }

    @Test
    void englishNamesIgnoreCaseAccentsPunctuationAndTheArticle() {
        assertTrue(TableScorer.englishOk("the Gaza Strip", List.of("Gaza Strip")));
        assertTrue(TableScorer.englishOk("Médenine", List.of("Medenine")));
        assertTrue(TableScorer.englishOk("Ben Guerdane", List.of("Ben Gardane", "ben guerdane")));
        assertFalse(TableScorer.englishOk("", List.of("Sfax")));
        assertFalse(TableScorer.englishOk("Gaza", List.of("Gaza Strip")));
    }
}
