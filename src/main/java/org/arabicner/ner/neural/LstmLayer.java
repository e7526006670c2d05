package org.arabicner.ner.neural;

import java.util.Arrays;

/**
 * One LSTM layer whose weights sit in a flat parameter array: {@code 4·hidden} rows of
 * {@code [input | recurrent]} weights starting at {@code w}, then {@code 4·hidden} biases at
 * {@code b}; gate order input, forget, candidate, output. {@link #forward} reads a sequence left to
 * right or right to left and keeps what {@link #backward} needs. Stateless: the parameters are the
 * caller's, so one layer may run in any number of threads while nobody writes them.
 *
 * @param input  input size
 * @param hidden units
 * @param w      offset of the weight rows
 * @param b      offset of the biases
 */
public record LstmLayer(int input, int hidden, int w, int b) {

    /** The number of parameters a layer of these sizes takes (weights, then biases). */
    public static int size(int input, int hidden) {
        return 4 * hidden * (input + hidden) + 4 * hidden;
    }

    /** A layer whose weights start at {@code offset}, biases right after them. */
    public static LstmLayer at(int offset, int input, int hidden) {
        return new LstmLayer(input, hidden, offset, offset + size(input, hidden) - 4 * hidden);
    }

    int rowLen() {
        return input + hidden;
    }

    /** What a forward pass computed: per position, gates after their nonlinearity, cell and output. */
    public record Trace(float[][] x, boolean reverse, float[][] gates, float[][] cell, float[][] h) {
        public int length() {
            return x.length;
        }
    }

    /** Runs the layer over {@code x} (right to left when {@code reverse}), from zero state. */
    public Trace forward(float[] p, float[][] x, boolean reverse) {
        int n = x.length;
        float[][] gates = new float[n][4 * hidden];
        float[][] cell = new float[n][hidden];
        float[][] h = new float[n][hidden];
        float[] in = new float[rowLen()];
        float[] z = new float[4 * hidden];
        for (int step = 0; step < n; step++) {
            int t = reverse ? n - 1 - step : step;
            int prev = reverse ? t + 1 : t - 1;
            System.arraycopy(x[t], 0, in, 0, input);
            if (step > 0) {
                System.arraycopy(h[prev], 0, in, input, hidden);
            } else {
                Arrays.fill(in, input, rowLen(), 0f);
            }
            for (int r = 0; r < 4 * hidden; r++) {
                z[r] = p[b + r] + dot(p, w + r * rowLen(), in, rowLen());
            }
            float[] g = gates[t];
            for (int j = 0; j < hidden; j++) {
                float ig = sigmoid(z[j]);
                float fg = sigmoid(z[hidden + j]);
                float gg = (float) Math.tanh(z[2 * hidden + j]);
                float og = sigmoid(z[3 * hidden + j]);
                g[j] = ig;
                g[hidden + j] = fg;
                g[2 * hidden + j] = gg;
                g[3 * hidden + j] = og;
                float cPrev = step > 0 ? cell[prev][j] : 0f;
                cell[t][j] = fg * cPrev + ig * gg;
                h[t][j] = og * (float) Math.tanh(cell[t][j]);
            }
        }
        return new Trace(x, reverse, gates, cell, h);
    }

    /**
     * Back-propagates {@code dh} (the loss's gradient with respect to each output) through the
     * pass: adds the weights' gradient to {@code grad} (same layout as the parameters) and the
     * inputs' gradient to {@code dx} (may be null when the inputs are frozen).
     */
    public void backward(float[] p, Trace tr, float[][] dh, float[][] dx, float[] grad) {
        int n = tr.length();
        float[] dhRec = new float[hidden];
        float[] dcNext = new float[hidden];
        float[] dz = new float[4 * hidden];
        float[] in = new float[rowLen()];
        float[] din = new float[rowLen()];
        for (int step = n - 1; step >= 0; step--) {
            int t = tr.reverse() ? n - 1 - step : step;
            int prev = tr.reverse() ? t + 1 : t - 1;
            float[] g = tr.gates()[t];
            float[] c = tr.cell()[t];
            for (int j = 0; j < hidden; j++) {
                float d = dh[t][j] + dhRec[j];
                float ig = g[j];
                float fg = g[hidden + j];
                float gg = g[2 * hidden + j];
                float og = g[3 * hidden + j];
                float tc = (float) Math.tanh(c[j]);
                float cPrev = step > 0 ? tr.cell()[prev][j] : 0f;
                float dc = d * og * (1 - tc * tc) + dcNext[j];
                dz[j] = dc * gg * ig * (1 - ig);
                dz[hidden + j] = dc * cPrev * fg * (1 - fg);
                dz[2 * hidden + j] = dc * ig * (1 - gg * gg);
                dz[3 * hidden + j] = d * tc * og * (1 - og);
                dcNext[j] = dc * fg;
            }
            System.arraycopy(tr.x()[t], 0, in, 0, input);
            if (step > 0) {
                System.arraycopy(tr.h()[prev], 0, in, input, hidden);
            } else {
                Arrays.fill(in, input, rowLen(), 0f);
            }
            Arrays.fill(din, 0f);
            for (int r = 0; r < 4 * hidden; r++) {
                float gr = dz[r];
                if (gr == 0) {
                    continue;
                }
                grad[b + r] += gr;
                axpy(gr, in, 0, grad, w + r * rowLen(), rowLen());
                axpy(gr, p, w + r * rowLen(), din, 0, rowLen());
            }
            if (dx != null) {
                for (int i = 0; i < input; i++) {
                    dx[t][i] += din[i];
                }
            }
            System.arraycopy(din, input, dhRec, 0, hidden);
        }
    }

    static float sigmoid(float z) {
        return (float) (1 / (1 + Math.exp(-z)));
    }

    /** Four independent sums: the JIT does not vectorise a float reduction, this at least pipelines it. */
    static float dot(float[] w, int off, float[] v, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += w[off + i] * v[i];
            s1 += w[off + i + 1] * v[i + 1];
            s2 += w[off + i + 2] * v[i + 2];
            s3 += w[off + i + 3] * v[i + 3];
        }
        for (; i < n; i++) {
            s0 += w[off + i] * v[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code y[yo..yo+n) += a · x[xo..xo+n)}. */
    static void axpy(float a, float[] x, int xo, float[] y, int yo, int n) {
        for (int i = 0; i < n; i++) {
            y[yo + i] += a * x[xo + i];
        }
    }
}
