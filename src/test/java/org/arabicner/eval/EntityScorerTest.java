package org.arabicner.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityScorerTest {

    @Test
    void exactSpanAndTypeOnlyCount() {
        EntityScorer s = new EntityScorer();
        s.add(List.of("B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG"),
              List.of("B-PERS", "O", "O", "B-LOC", "O", "B-MISC"));
        Scores r = s.scores();
        assertEquals(new Counts(0, 1, 1), r.types().get("PERS"));  // partial span: fp + fn
        assertEquals(new Counts(1, 0, 0), r.types().get("LOC"));
        assertEquals(new Counts(0, 0, 1), r.types().get("ORG"));   // wrong type: fn for ORG …
        assertEquals(new Counts(0, 1, 0), r.types().get("MISC"));  // … and fp for MISC
        assertEquals(new Counts(1, 2, 2), r.micro());
        assertEquals(1.0 / 3, r.micro().precision(), 1e-9);
        assertEquals(1.0 / 3, r.micro().recall(), 1e-9);
        assertEquals(1.0 / 3, r.micro().f1(), 1e-9);
        assertEquals(0.0, r.types().get("PERS").f1());
    }

    @Test
    void conllevalSemanticsForInsideLabels() {
        EntityScorer s = new EntityScorer();
        // an I- after O starts a name; B-X B-X are two names; I-Y after I-X starts a new one
        s.add(List.of("O", "B-LOC", "I-LOC", "B-LOC", "B-PERS"),
              List.of("O", "I-LOC", "I-LOC", "B-LOC", "I-PERS"));
        assertEquals(new Counts(3, 0, 0), s.scores().micro());
    }

    @Test
    void emptyPredictionsGiveZeroNotNaN() {
        EntityScorer s = new EntityScorer();
        s.add(List.of("B-LOC"), List.of("O"));
        assertEquals(0.0, s.scores().micro().precision());
        assertEquals(0.0, s.scores().micro().f1());
    }
}
