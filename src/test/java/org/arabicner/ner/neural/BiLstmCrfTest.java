package org.arabicner.ner.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The BiLSTM-CRF's backward pass against finite differences, and its BIO constraints. */
class BiLstmCrfTest {

    private static final List<String> LABELS = List.of("O", "B-LOC", "I-LOC", "B-PERS", "I-PERS");

    private static BiLstmCrf tiny(long seed) {
        BiLstmCrf.Shape shape = new BiLstmCrf.Shape(4, 3, 4, 3, new int[] {2, 2, 2, 2}, 3);
        BiLstmCrf net = BiLstmCrf.create(shape, List.of((int) 'a', (int) 'b', (int) 'c'),
                List.of(List.of("NN", "NNP"), List.of("7"), List.of("LOC"), List.of("3", "5")), LABELS, 0, seed);
        // nonzero CRF scores and biases, so their gradients are exercised away from the symmetric start
        SplittableRandom rnd = new SplittableRandom(seed + 1);
        for (int i = net.layout.outB(); i < net.layout.size(); i++) {
            net.params[i] = (float) rnd.nextDouble(-0.5, 0.5);
        }
        return net;
    }

    private static BiLstmCrf.Input sentence(BiLstmCrf net) {
        TokenFeatures[] f = {
                new TokenFeatures("abc", "NNP", "7", "LOC", "3"),
                new TokenFeatures("ca", "NN", "-", "-", "3"),
                new TokenFeatures("bbbbd", "VB", "7", "-", "5"),
                new TokenFeatures("a", "NNP", "-", "LOC", "1"),
        };
        SplittableRandom rnd = new SplittableRandom(3);
        float[][] v = new float[f.length][4];
        for (float[] row : v) {
            for (int d = 0; d < row.length; d++) {
                row[d] = (float) rnd.nextDouble(-1, 1);
            }
        }
        return net.encode(f, v);
    }

    @Test
    void backwardPassMatchesFiniteDifferences() {
        BiLstmCrf net = tiny(5);
        BiLstmCrf.Input s = sentence(net);
        int[] gold = {3, 4, 0, 1}; // B-PERS I-PERS O B-LOC
        float[] grad = new float[net.size()];
        double loss = net.addGradient(s, gold, 0, 0, new SplittableRandom(1), grad);
        assertEquals(net.loss(s, gold), loss, 1e-5);
        int checked = 0;
        int nonzero = 0;
        double eps = 3e-3;
        for (int i = 0; i < net.size(); i++) {
            float saved = net.params[i];
            net.params[i] = saved + (float) eps;
            double up = net.loss(s, gold);
            net.params[i] = saved - (float) eps;
            double down = net.loss(s, gold);
            net.params[i] = saved;
            double numeric = (up - down) / (2 * eps);
            assertEquals(numeric, grad[i], 2e-3 + 0.03 * Math.abs(numeric), "parameter " + i + " of " + net.size());
            checked++;
            if (Math.abs(grad[i]) > 1e-3) {
                nonzero++;
            }
        }
        assertTrue(nonzero > checked / 3, nonzero + " of " + checked + " gradients are nonzero");
    }

    @Test
    void forbiddenTransitionsNeverComeOut() {
        BiLstmCrf net = tiny(9);
        // make I-PERS after O and at the start as attractive as possible: the constraint must still hold
        for (int k = 0; k < LABELS.size(); k++) {
            net.params[net.layout.trans() + k * LABELS.size() + 4] = 50;
        }
        net.params[net.layout.start() + 4] = 50;
        net.params[net.layout.outB() + 4] = 50;
        List<String> tags = net.decode(sentence(net));
        String prev = "O";
        for (String t : tags) {
            if (t.startsWith("I-")) {
                assertTrue(prev.substring(prev.indexOf('-') + 1).equals(t.substring(2)) && !prev.equals("O"),
                        tags.toString());
            }
            prev = t;
        }
        assertEquals("B-PERS", tags.get(0), tags.toString());
        double[][] p = net.probabilities(new TokenFeatures[] {new TokenFeatures("ab", "NN", "-", "-", "3")},
                new float[][] {{0, 0, 0, 0}});
        assertEquals(List.of("O", "I-LOC", "I-PERS"), net.labels());
        assertEquals(1.0, p[0][0] + p[0][1] + p[0][2], 1e-9);
    }
}
