package org.arabicner.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class NgramModelTest {

    private static NgramModel toyModel(int order) {
        NgramModelTrainer trainer = new NgramModelTrainer(order, 1);
        int[][] sequences = {{2, 3, 4}, {2, 3, 5}, {2, 3, 4, 4}, {3, 4, 2}, {5, 5, 3}};
        for (int[] s : sequences) {
            trainer.add(s, 1);
        }
        return trainer.build();
    }

    @Test
    void conditionalDistributionSumsToAboutOne() {
        NgramModel m = toyModel(3);
        int[] history = {NgramModel.BOS, 2};
        double sum = 0;
        for (int t = 0; t < 6; t++) { // tokens 0..5 form the whole vocabulary
            sum += Math.exp(m.logProb(history, 2, t));
        }
        // one-byte quantisation of the stored values costs a few percent at most
        assertEquals(1.0, sum, 0.08);
    }

    @Test
    void seenContinuationBeatsUnseen() {
        NgramModel m = toyModel(3);
        int[] history = {2, 3};
        assertTrue(m.logProb(history, 2, 4) > m.logProb(history, 2, 2));
        assertTrue(m.logProbOfSequence(new int[] {2, 3, 4}) > m.logProbOfSequence(new int[] {4, 3, 2}));
    }

    @Test
    void unseenTokensStillGetProbability() {
        NgramModel m = toyModel(2);
        double lp = m.logProb(new int[] {3}, 1, 5);
        assertTrue(Double.isFinite(lp) && lp < 0);
    }

    @Test
    void writeAndReadGiveTheSameProbabilities() throws IOException {
        NgramModel m = toyModel(3);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            m.write(out);
        }
        NgramModel back = NgramModel.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(m.entryCount(), back.entryCount());
        for (int[] s : new int[][] {{2, 3, 4}, {5, 2}, {4, 4, 4, 4}}) {
            assertEquals(m.logProbOfSequence(s), back.logProbOfSequence(s), 1e-9);
        }
    }

    @Test
    void quantisationIsCloseOnTheLogScale() {
        for (double v : new double[] {1.0, 0.5, 0.01, 1e-5}) {
            double back = NgramModel.dequantise(NgramModel.quantise(v));
            assertEquals(Math.log(v), Math.log(back), NgramModel.QUANTUM / 2 + 1e-9);
        }
    }
}
