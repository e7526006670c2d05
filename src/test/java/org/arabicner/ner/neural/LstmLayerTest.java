package org.arabicner.ner.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The LSTM layer's backward pass against finite differences, in both reading directions. */
class LstmLayerTest {

    /** A loss that weighs every output: Σ c[t][j]·h[t][j]. */
    private static double loss(LstmLayer layer, float[] p, float[][] x, boolean reverse, float[][] c) {
        float[][] h = layer.forward(p, x, reverse).h();
        double s = 0;
        for (int t = 0; t < h.length; t++) {
            for (int j = 0; j < h[t].length; j++) {
                s += c[t][j] * h[t][j];
            }
        }
        return s;
    }

    /** Weights and biases uniform in ±0.5, so every gate works away from its symmetric start. */
    private static void randomise(LstmLayer layer, float[] p, SplittableRandom rnd) {
        for (int i = layer.w(); i < layer.b() + 4 * layer.hidden(); i++) {
            p[i] = (float) rnd.nextDouble(-0.5, 0.5);
        }
    }

    private static float[][] random(SplittableRandom rnd, int rows, int cols) {
        float[][] m = new float[rows][cols];
        for (float[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = (float) rnd.nextDouble(-1, 1);
            }
        }
        return m;
    }

    @Test
    void backwardPassMatchesFiniteDifferencesBothWays() {
        for (boolean reverse : new boolean[] {false, true}) {
            SplittableRandom rnd = new SplittableRandom(reverse ? 2 : 1);
            LstmLayer layer = LstmLayer.at(5, 3, 4); // an offset, as inside a larger parameter array
            float[] p = new float[5 + LstmLayer.size(3, 4) + 2];
            randomise(layer, p, rnd);
            float[][] x = random(rnd, 5, 3);
            float[][] c = random(rnd, 5, 4);
            float[] grad = new float[p.length];
            float[][] dx = new float[5][3];
            layer.backward(p, layer.forward(p, x, reverse), c, dx, grad);
            double eps = 3e-3;
            int checked = 0;
            for (int i = 0; i < p.length; i++) {
                float saved = p[i];
                p[i] = saved + (float) eps;
                double up = loss(layer, p, x, reverse, c);
                p[i] = saved - (float) eps;
                double down = loss(layer, p, x, reverse, c);
                p[i] = saved;
                double numeric = (up - down) / (2 * eps);
                assertEquals(numeric, grad[i], 2e-3 + 1e-2 * Math.abs(numeric), "parameter " + i + " reverse " + reverse);
                if (i < layer.w() || i >= layer.b() + 16) {
                    assertEquals(0f, grad[i], "parameter " + i + " lies outside the layer");
                } else {
                    checked++;
                }
            }
            assertEquals(LstmLayer.size(3, 4), checked);
            for (int t = 0; t < 5; t++) {
                for (int d = 0; d < 3; d++) {
                    float saved = x[t][d];
                    x[t][d] = saved + (float) eps;
                    double up = loss(layer, p, x, reverse, c);
                    x[t][d] = saved - (float) eps;
                    double down = loss(layer, p, x, reverse, c);
                    x[t][d] = saved;
                    double numeric = (up - down) / (2 * eps);
                    assertEquals(numeric, dx[t][d], 2e-3 + 1e-2 * Math.abs(numeric), "input " + t + "," + d);
                }
            }
        }
    }

    @Test
    void reversedReadingSeesTheRightContext() {
        SplittableRandom rnd = new SplittableRandom(4);
        LstmLayer layer = LstmLayer.at(0, 2, 3);
        float[] p = new float[LstmLayer.size(2, 3)];
        randomise(layer, p, rnd);
        float[][] x = random(rnd, 4, 2);
        float[][] changedLast = {x[0], x[1], x[2], {x[3][0] + 1, x[3][1] - 1}};
        // left to right, the first state cannot see the last token; right to left it does
        assertEquals(java.util.Arrays.toString(layer.forward(p, x, false).h()[0]),
                java.util.Arrays.toString(layer.forward(p, changedLast, false).h()[0]));
        assertTrue(!java.util.Arrays.equals(layer.forward(p, x, true).h()[0], layer.forward(p, changedLast, true).h()[0]));
    }
}
