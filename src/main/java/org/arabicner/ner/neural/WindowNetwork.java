package org.arabicner.ner.neural;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.arabicner.ner.MixtureTagger;
import org.arabicner.ner.TokenTag;

/**
 * A window network (a one-layer convolution of width {@code 2·radius+1}, after Collobert et al.
 * 2011) over per-token vectors: each token is the concatenation of its frozen subword vector and
 * learnt embeddings of its POS, cluster, gazetteer class and shape; the window's vectors feed a
 * ReLU hidden layer and a softmax over the labels. Small enough to run and train in plain Java
 * with no native library: about 0.1 M multiply-adds a token.
 *
 * <p>Symbols never seen in training map to id 0 ("unknown"), window positions outside the sentence
 * to id 1 ("padding") with a zero subword vector.
 *
 * <p>Thread safety: {@link #probabilities} only reads the parameters and may run in any number of
 * threads; the training methods ({@link Gradients}, {@link #adamStep}) mutate them and must not
 * run alongside anything else.
 */
public final class WindowNetwork implements SentenceNetwork {

    static final String MAGIC = "arner-window-network-1";
    static final int UNKNOWN = 0;
    static final int PAD = 1;

    final int wordDim;
    final int radius;
    final int hidden;
    final int[] featureDims;                 // pos, cluster, gaz, shape
    final List<Map<String, Integer>> vocabs; // one per symbolic feature
    final List<String> labels;
    final float[][] tables;                  // per feature: ids × dim
    final float[] w1;                        // hidden × input
    final float[] b1;
    final float[] w2;                        // labels × hidden
    final float[] b2;

    private WindowNetwork(int wordDim, int radius, int hidden, int[] featureDims, List<Map<String, Integer>> vocabs,
                          List<String> labels, float[][] tables, float[] w1, float[] b1, float[] w2, float[] b2) {
        this.wordDim = wordDim;
        this.radius = radius;
        this.hidden = hidden;
        this.featureDims = featureDims;
        this.vocabs = vocabs;
        this.labels = List.copyOf(labels);
        this.tables = tables;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
    }

    /** A freshly initialised network (He initialisation, seeded). */
    public static WindowNetwork create(int wordDim, int radius, int hidden, int[] featureDims,
                                       List<List<String>> symbols, List<String> labels, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Map<String, Integer>> vocabs = new ArrayList<>();
        float[][] tables = new float[featureDims.length][];
        for (int f = 0; f < featureDims.length; f++) {
            Map<String, Integer> v = new HashMap<>();
            for (String s : symbols.get(f)) {
                v.putIfAbsent(s, v.size() + 2);
            }
            vocabs.add(v);
            tables[f] = gaussian(rnd, (v.size() + 2) * featureDims[f], 0.1);
        }
        int input = (2 * radius + 1) * tokenDim(wordDim, featureDims);
        return new WindowNetwork(wordDim, radius, hidden, featureDims.clone(), vocabs, labels, tables,
                gaussian(rnd, hidden * input, Math.sqrt(2.0 / input)), new float[hidden],
                gaussian(rnd, labels.size() * hidden, Math.sqrt(1.0 / hidden)), new float[labels.size()]);
    }

    private static float[] gaussian(SplittableRandom rnd, int n, double sd) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            double u = rnd.nextDouble(1e-12, 1);
            double v = rnd.nextDouble();
            a[i] = (float) (sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
        }
        return a;
    }

    static int tokenDim(int wordDim, int[] featureDims) {
        int d = wordDim;
        for (int f : featureDims) {
            d += f;
        }
        return d;
    }

    int tokenDim() {
        return tokenDim(wordDim, featureDims);
    }

    int inputDim() {
        return (2 * radius + 1) * tokenDim();
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public int wordDim() {
        return wordDim;
    }

    @Override
    public double[][] probabilities(TokenFeatures[] features, float[][] vectors) {
        return probabilities(encode(features, vectors));
    }

    @Override
    public List<TokenTag> tag(TokenFeatures[] features, float[][] vectors) {
        return MixtureTagger.argmax(probabilities(features, vectors), labels);
    }

    /** Window models do not record their embeddings (they predate the check). */
    @Override
    public long embeddingsFingerprint() {
        return 0;
    }

    /** A sentence ready for the network: subword vectors and feature ids per token. */
    public record Encoded(float[][] vectors, int[][] ids) {
        public int length() {
            return vectors.length;
        }
    }

    /** Looks up the feature ids of {@code features}; {@code vectors} are their subword vectors. */
    public Encoded encode(TokenFeatures[] features, float[][] vectors) {
        int[][] ids = new int[features.length][];
        for (int i = 0; i < features.length; i++) {
            TokenFeatures t = features[i];
            String[] sym = {t.pos(), t.cluster(), t.gaz(), t.shape()};
            ids[i] = new int[sym.length];
            for (int f = 0; f < sym.length; f++) {
                ids[i][f] = vocabs.get(f).getOrDefault(sym[f], UNKNOWN);
            }
        }
        return new Encoded(vectors, ids);
    }

    /** The window input of token {@code t}. */
    private void input(Encoded s, int t, float[] in) {
        int td = tokenDim();
        for (int k = -radius; k <= radius; k++) {
            int base = (k + radius) * td;
            int p = t + k;
            boolean inside = p >= 0 && p < s.length();
            if (inside) {
                System.arraycopy(s.vectors()[p], 0, in, base, wordDim);
            } else {
                java.util.Arrays.fill(in, base, base + wordDim, 0f);
            }
            int off = base + wordDim;
            for (int f = 0; f < featureDims.length; f++) {
                int id = inside ? s.ids()[p][f] : PAD;
                System.arraycopy(tables[f], id * featureDims[f], in, off, featureDims[f]);
                off += featureDims[f];
            }
        }
    }

    /** Label probabilities, one row per token. */
    public double[][] probabilities(Encoded s) {
        float[] in = new float[inputDim()];
        float[] h = new float[hidden];
        double[][] out = new double[s.length()][];
        for (int t = 0; t < s.length(); t++) {
            input(s, t, in);
            hiddenLayer(in, h, null);
            out[t] = softmax(h);
        }
        return out;
    }

    private void hiddenLayer(float[] in, float[] h, boolean[] drop) {
        int n = in.length;
        for (int j = 0; j < hidden; j++) {
            float sum = b1[j];
            int row = j * n;
            for (int i = 0; i < n; i++) {
                sum += w1[row + i] * in[i];
            }
            h[j] = sum > 0 && (drop == null || !drop[j]) ? sum : 0f;
        }
    }

    private double[] softmax(float[] h) {
        int c = labels.size();
        double[] z = new double[c];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < c; k++) {
            double sum = b2[k];
            for (int j = 0; j < hidden; j++) {
                sum += w2[k * hidden + j] * h[j];
            }
            z[k] = sum;
            max = Math.max(max, sum);
        }
        double total = 0;
        for (int k = 0; k < c; k++) {
            z[k] = Math.exp(z[k] - max);
            total += z[k];
        }
        for (int k = 0; k < c; k++) {
            z[k] /= total;
        }
        return z;
    }

    /** Gradient accumulator for one training step; not thread-safe. */
    public final class Gradients {
        final float[][] tables = new float[featureDims.length][];
        final float[] w1 = new float[WindowNetwork.this.w1.length];
        final float[] b1 = new float[hidden];
        final float[] w2 = new float[WindowNetwork.this.w2.length];
        final float[] b2 = new float[labels.size()];
        private final float[] in = new float[inputDim()];
        private final float[] h = new float[hidden];
        private final float[] dh = new float[hidden];
        private final boolean[] drop = new boolean[hidden];
        int tokens;

        public Gradients() {
            for (int f = 0; f < featureDims.length; f++) {
                tables[f] = new float[WindowNetwork.this.tables[f].length];
            }
        }

        /**
         * Adds the cross-entropy gradient of one sentence, hidden units dropped with probability
         * {@code dropout} (inverted dropout); returns the summed loss.
         */
        public double add(Encoded s, int[] gold, double dropout, SplittableRandom rnd) {
            double loss = 0;
            int n = in.length;
            int td = tokenDim();
            float keep = (float) (1 / (1 - dropout));
            for (int t = 0; t < s.length(); t++) {
                input(s, t, in);
                for (int j = 0; j < hidden; j++) {
                    drop[j] = dropout > 0 && rnd.nextDouble() < dropout;
                }
                hiddenLayer(in, h, drop);
                if (dropout > 0) {
                    for (int j = 0; j < hidden; j++) {
                        h[j] *= keep;
                    }
                }
                double[] p = softmax(h);
                loss -= Math.log(Math.max(p[gold[t]], 1e-12));
                java.util.Arrays.fill(dh, 0f);
                for (int k = 0; k < p.length; k++) {
                    float g = (float) (p[k] - (k == gold[t] ? 1 : 0));
                    b2[k] += g;
                    int row = k * hidden;
                    for (int j = 0; j < hidden; j++) {
                        w2[row + j] += g * h[j];
                        dh[j] += g * WindowNetwork.this.w2[row + j];
                    }
                }
                for (int j = 0; j < hidden; j++) {
                    if (h[j] <= 0) {
                        dh[j] = 0;
                    } else if (dropout > 0) {
                        dh[j] *= keep;
                    }
                }
                for (int j = 0; j < hidden; j++) {
                    float g = dh[j];
                    if (g == 0) {
                        continue;
                    }
                    b1[j] += g;
                    int row = j * n;
                    for (int i = 0; i < n; i++) {
                        w1[row + i] += g * in[i];
                    }
                }
                // into the learnt feature embeddings of every window position
                for (int k = -radius; k <= radius; k++) {
                    int p2 = t + k;
                    boolean inside = p2 >= 0 && p2 < s.length();
                    int off = (k + radius) * td + wordDim;
                    for (int f = 0; f < featureDims.length; f++) {
                        int id = inside ? s.ids()[p2][f] : PAD;
                        int d = featureDims[f];
                        for (int e = 0; e < d; e++) {
                            float sum = 0;
                            int col = off + e;
                            for (int j = 0; j < hidden; j++) {
                                if (dh[j] != 0) {
                                    sum += dh[j] * WindowNetwork.this.w1[j * n + col];
                                }
                            }
                            tables[f][id * d + e] += sum;
                        }
                        off += d;
                    }
                }
                tokens++;
            }
            return loss;
        }
    }

    /** Adam's moment estimates; one per training run. */
    public final class AdamState {
        private final float[][] m;
        private final float[][] v;
        private int step;

        public AdamState() {
            List<float[]> params = parameters();
            m = new float[params.size()][];
            v = new float[params.size()][];
            for (int i = 0; i < params.size(); i++) {
                m[i] = new float[params.get(i).length];
                v[i] = new float[params.get(i).length];
            }
        }
    }

    private List<float[]> parameters() {
        List<float[]> p = new ArrayList<>(List.of(tables));
        p.addAll(List.of(w1, b1, w2, b2));
        return p;
    }

    /** One Adam step with the mean gradient of {@code g}; clears {@code g}. */
    public void adamStep(Gradients g, AdamState state, double lr) {
        if (g.tokens == 0) {
            return;
        }
        List<float[]> params = parameters();
        List<float[]> grads = new ArrayList<>(List.of(g.tables));
        grads.addAll(List.of(g.w1, g.b1, g.w2, g.b2));
        state.step++;
        double b1c = 1 - Math.pow(0.9, state.step);
        double b2c = 1 - Math.pow(0.999, state.step);
        float scale = 1f / g.tokens;
        for (int i = 0; i < params.size(); i++) {
            float[] p = params.get(i);
            float[] gr = grads.get(i);
            float[] m = state.m[i];
            float[] v = state.v[i];
            for (int k = 0; k < p.length; k++) {
                float x = gr[k] * scale;
                m[k] = 0.9f * m[k] + 0.1f * x;
                v[k] = 0.999f * v[k] + 0.001f * x * x;
                p[k] -= (float) (lr * (m[k] / b1c) / (Math.sqrt(v[k] / b2c) + 1e-8));
                gr[k] = 0;
            }
        }
        g.tokens = 0;
    }

    /** A deep copy (for keeping the best parameters during early stopping). */
    public WindowNetwork copy() {
        float[][] t = new float[tables.length][];
        for (int i = 0; i < t.length; i++) {
            t[i] = tables[i].clone();
        }
        return new WindowNetwork(wordDim, radius, hidden, featureDims, vocabs, labels, t, w1.clone(), b1.clone(),
                w2.clone(), b2.clone());
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        out.writeUTF(MAGIC);
        out.writeInt(wordDim);
        out.writeInt(radius);
        out.writeInt(hidden);
        out.writeInt(featureDims.length);
        for (int f = 0; f < featureDims.length; f++) {
            out.writeInt(featureDims[f]);
            String[] byId = new String[vocabs.get(f).size()];
            vocabs.get(f).forEach((s, id) -> byId[id - 2] = s);
            out.writeInt(byId.length);
            for (String s : byId) {
                out.writeUTF(s);
            }
            writeFloats(out, tables[f]);
        }
        out.writeInt(labels.size());
        for (String l : labels) {
            out.writeUTF(l);
        }
        writeFloats(out, w1);
        writeFloats(out, b1);
        writeFloats(out, w2);
        writeFloats(out, b2);
    }

    static WindowNetwork read(DataInputStream in) throws IOException {
        String magic = in.readUTF();
        if (!magic.equals(MAGIC)) {
            throw new IOException("not an arabic-ner neural model (header '" + magic + "')");
        }
        return readBody(in);
    }

    /** Reads the rest of a network whose header has been read. */
    static WindowNetwork readBody(DataInputStream in) throws IOException {
        int wordDim = in.readInt();
        int radius = in.readInt();
        int hidden = in.readInt();
        int nf = in.readInt();
        int[] dims = new int[nf];
        List<Map<String, Integer>> vocabs = new ArrayList<>();
        float[][] tables = new float[nf][];
        for (int f = 0; f < nf; f++) {
            dims[f] = in.readInt();
            int n = in.readInt();
            Map<String, Integer> v = new HashMap<>();
            for (int i = 0; i < n; i++) {
                v.put(in.readUTF(), i + 2);
            }
            vocabs.add(v);
            tables[f] = readFloats(in);
        }
        int nl = in.readInt();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < nl; i++) {
            labels.add(in.readUTF());
        }
        return new WindowNetwork(wordDim, radius, hidden, dims, vocabs, labels, tables, readFloats(in),
                readFloats(in), readFloats(in), readFloats(in));
    }

    private static void writeFloats(DataOutputStream out, float[] a) throws IOException {
        out.writeInt(a.length);
        for (float x : a) {
            out.writeFloat(x);
        }
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 50_000_000) {
            throw new IOException("corrupt neural model (array of " + n + ")");
        }
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = in.readFloat();
        }
        return a;
    }
}
