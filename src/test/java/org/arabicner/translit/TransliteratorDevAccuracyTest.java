package org.arabicner.translit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.arabicner.config.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The shipped model's accuracy on the ANETAC development pairs (needs ../shared). */
class TransliteratorDevAccuracyTest {

    @Test
    void shippedModelKeepsItsDevAccuracy() throws IOException {
        Assumptions.assumeTrue(SharedData.find().isPresent(), SharedData.absentMessage());
        TransliteratorTrainer.Pairs dev = TransliteratorTrainer.Pairs.read(
                SharedData.require("anetac/translit-dev.ar"), SharedData.require("anetac/translit-dev.en"));
        TransliterationEvaluation e = TransliterationEvaluation.evaluate(
                Transliterator.loadDefault(), dev.arabic(), dev.english());
        // floors well below the measured figures (see models/README.md)
        assertTrue(e.top1Accuracy() >= 0.33, e.report());
        assertTrue(e.top5Accuracy() >= 0.65, e.report());
        assertTrue(e.characterErrorRate() <= 0.22, e.report());
    }
}
