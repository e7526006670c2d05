package org.arabicner.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.arabicner.config.SharedData;
import org.arabicner.corenlp.CoreNlpAnnotator;
import org.arabicner.corenlp.CrfTagger;
import org.arabicner.eval.NerEvaluator;
import org.arabicner.eval.Scores;
import org.arabicner.train.ConllReader;
import org.arabicner.train.ConllSentence;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A floor check of the shipped model through the real pipeline (segmenter, POS, CRF) on the first
 * 300 sentences of the ANERcorp test file. Only a check that the shipped model and its features load
 * and work together: nothing was tuned on this file, and the floor is far below the measured score
 * (see models/README.md).
 */
class NerAccuracyFloorTest {

    @Test
    void shippedModelClearsF1Floor() {
        Assumptions.assumeTrue(SharedData.find().isPresent(), SharedData.absentMessage());
        Assumptions.assumeTrue(CrfTagger.class.getResource("/org/arabicner/models/" + CrfTagger.DEFAULT_MODEL) != null,
                "no shipped NER model on the classpath; skipping");
        List<ConllSentence> gold = ConllReader.read(SharedData.require("anercorp/anercorp-test.conll"));
        CoreNlpAnnotator annotator = CoreNlpAnnotator.withArabicModels();
        NameFinder finder = new NameFinder(CrfTagger.withDefaultModel());
        Scores s = new NerEvaluator(text -> finder.find(annotator.annotate(text)))
                .evaluate(gold.subList(0, Math.min(300, gold.size())));
        assertTrue(s.micro().f1() > 0.65, "micro-F1 " + s.micro().f1() + " below the 0.65 floor\n" + s.toTable());
        assertTrue(s.types().get("LOC").f1() > 0.7, "LOC F1 below floor\n" + s.toTable());
    }
}
