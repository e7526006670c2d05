package org.arabicner.ner.neural;

import static org.arabicner.ner.neural.LstmLayer.axpy;
import static org.arabicner.ner.neural.LstmLayer.dot;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.arabicner.ner.TokenTag;

/**
 * A BiLSTM-CRF sequence labeller (Lample et al. 2016, with Ma and Hovy's character CNN) in plain
 * Java. Each token is the concatenation of its frozen subword vector, a character CNN of its
 * normalised form (learnt character embeddings, one convolution, max-pooled over positions) and
 * learnt embeddings of its POS, cluster, gazetteer class and shape; one LSTM layer reads the
 * sentence in each direction, a linear layer scores the BIO labels from both states, and a linear
 * chain CRF (start, transition and end scores) picks the sequence. Transitions that make no BIO
 * sense ({@code I-X} after anything but {@code B-X}/{@code I-X}, or first) are impossible both in
 * training and in decoding.
 *
 * <p>All parameters live in one float array (so Adam, copies, files and the gradient check treat
 * them alike), laid out by {@link Layout}. Symbols never seen (or seen once) in training map to id
 * 0 ("unknown"); the character CNN pads words with id 1.
 *
 * <p>Thread safety: tagging ({@link #tag}, {@link #probabilities}, {@link #loss}) only reads the
 * parameters and may run in any number of threads; {@link #addGradient} writes only into the
 * caller's gradient array; {@link #adamStep} mutates the parameters and must run alone.
 */
public final class BiLstmCrf implements SentenceNetwork {

    static final String MAGIC = "arner-bilstm-crf-1";
    static final int UNKNOWN = 0;
    static final int PAD = 1;
    /** Characters of a token the CNN reads (longer tokens are cut; Arabic words rarely reach it). */
    static final int MAX_CHARS = 24;

    /**
     * The sizes of the network.
     *
     * @param wordDim     subword vector size (must match the embeddings)
     * @param charDim     character embedding size
     * @param filters     character CNN filters (the CNN's output size)
     * @param width       character CNN width (odd)
     * @param featureDims embedding sizes of POS, cluster, gazetteer class and shape
     * @param hidden      LSTM units per direction
     */
    public record Shape(int wordDim, int charDim, int filters, int width, int[] featureDims, int hidden) {

        public Shape {
            if (wordDim <= 0 || charDim <= 0 || filters <= 0 || width <= 0 || width % 2 == 0 || hidden <= 0
                    || featureDims.length != 4) {
                throw new IllegalArgumentException("bad BiLSTM-CRF shape");
            }
            featureDims = featureDims.clone();
        }

        int inputDim() {
            return wordDim + filters + Arrays.stream(featureDims).sum();
        }
    }

    /** Offsets of each parameter group in the flat parameter array; the two LSTM layers place themselves. */
    record Layout(int chars, int convW, int convB, int[] features, LstmLayer forward, LstmLayer backward, int outW,
                  int outB, int start, int trans, int end, int size) {

        static Layout of(Shape s, int nChars, int[] vocabSizes, int labels) {
            int o = 0;
            int chars = o;
            o += nChars * s.charDim();
            int convW = o;
            o += s.filters() * s.width() * s.charDim();
            int convB = o;
            o += s.filters();
            int[] feats = new int[4];
            for (int f = 0; f < 4; f++) {
                feats[f] = o;
                o += vocabSizes[f] * s.featureDims()[f];
            }
            LstmLayer forward = LstmLayer.at(o, s.inputDim(), s.hidden());
            o += LstmLayer.size(s.inputDim(), s.hidden());
            LstmLayer backward = LstmLayer.at(o, s.inputDim(), s.hidden());
            o += LstmLayer.size(s.inputDim(), s.hidden());
            int outW = o;
            o += labels * 2 * s.hidden();
            int outB = o;
            o += labels;
            int start = o;
            o += labels;
            int trans = o;
            o += labels * labels;
            int end = o;
            o += labels;
            return new Layout(chars, convW, convB, feats, forward, backward, outW, outB, start, trans, end, o);
        }
    }

    final Shape shape;
    final Map<Integer, Integer> chars;          // code point → id ≥ 2
    final List<Map<String, Integer>> vocabs;    // per feature: symbol → id ≥ 2
    final List<String> labels;                  // BIO labels, O first
    final long embeddingsFingerprint;
    final float[] params;
    final Layout layout;
    private final int inputDim;
    private final int hidden;
    private final int nLabels;
    private final boolean[] allowedFirst;
    private final boolean[][] allowed;          // [from][to]
    private final List<String> ioLabels;
    private final int[] ioColumn;               // BIO label → column of ioLabels

    private BiLstmCrf(Shape shape, Map<Integer, Integer> chars, List<Map<String, Integer>> vocabs, List<String> labels,
                      long embeddingsFingerprint, float[] params) {
        this.shape = shape;
        this.chars = chars;
        this.vocabs = vocabs;
        this.labels = List.copyOf(labels);
        this.embeddingsFingerprint = embeddingsFingerprint;
        int[] sizes = new int[4];
        for (int f = 0; f < 4; f++) {
            sizes[f] = vocabs.get(f).size() + 2;
        }
        this.layout = Layout.of(shape, chars.size() + 2, sizes, labels.size());
        if (params.length != layout.size()) {
            throw new IllegalArgumentException("BiLSTM-CRF expects " + layout.size() + " parameters, got " + params.length);
        }
        this.params = params;
        this.inputDim = shape.inputDim();
        this.hidden = shape.hidden();
        this.nLabels = labels.size();
        if (!labels.get(0).equals(TokenTag.OUTSIDE)) {
            throw new IllegalArgumentException("the first label must be " + TokenTag.OUTSIDE);
        }
        allowedFirst = new boolean[nLabels];
        allowed = new boolean[nLabels][nLabels];
        LinkedHashSet<String> io = new LinkedHashSet<>();
        io.add(TokenTag.OUTSIDE);
        for (int j = 0; j < nLabels; j++) {
            String to = labels.get(j);
            if (!to.equals(TokenTag.OUTSIDE) && !to.startsWith("B-") && !to.startsWith("I-")) {
                throw new IllegalArgumentException("BiLSTM-CRF labels are O, B-TYPE and I-TYPE; got " + to);
            }
            allowedFirst[j] = !to.startsWith("I-");
            for (int i = 0; i < nLabels; i++) {
                String from = labels.get(i);
                allowed[i][j] = !to.startsWith("I-") || (!from.equals(TokenTag.OUTSIDE)
                        && from.substring(2).equals(to.substring(2)));
            }
            if (!to.equals(TokenTag.OUTSIDE)) {
                io.add("I-" + to.substring(2));
            }
        }
        ioLabels = List.copyOf(io);
        ioColumn = new int[nLabels];
        for (int j = 0; j < nLabels; j++) {
            String l = labels.get(j);
            ioColumn[j] = ioLabels.indexOf(l.equals(TokenTag.OUTSIDE) ? l : "I-" + l.substring(2));
        }
    }

    /**
     * A freshly initialised network, seeded: character embeddings uniform in ±√(3/charDim), the
     * CNN and output layer Glorot-scaled, feature embeddings N(0, 0.1²), LSTM weights uniform in
     * ±1/√hidden with forget-gate biases 1, CRF scores 0.
     *
     * @param charSymbols    the characters that get their own embedding
     * @param featureSymbols per feature, the symbols that get their own embedding
     * @param labels         O first, then B-/I- labels
     */
    public static BiLstmCrf create(Shape shape, List<Integer> charSymbols, List<List<String>> featureSymbols,
                                   List<String> labels, long embeddingsFingerprint, long seed) {
        Map<Integer, Integer> chars = new HashMap<>();
        for (int c : charSymbols) {
            chars.putIfAbsent(c, chars.size() + 2);
        }
        List<Map<String, Integer>> vocabs = new ArrayList<>();
        for (List<String> symbols : featureSymbols) {
            Map<String, Integer> v = new HashMap<>();
            for (String s : symbols) {
                v.putIfAbsent(s, v.size() + 2);
            }
            vocabs.add(v);
        }
        int[] sizes = vocabs.stream().mapToInt(v -> v.size() + 2).toArray();
        Layout l = Layout.of(shape, chars.size() + 2, sizes, labels.size());
        float[] p = new float[l.size()];
        SplittableRandom rnd = new SplittableRandom(seed);
        uniform(rnd, p, l.chars(), l.convW(), Math.sqrt(3.0 / shape.charDim()));
        int fan = shape.width() * shape.charDim();
        uniform(rnd, p, l.convW(), l.convB(), Math.sqrt(6.0 / (fan + shape.filters())));
        for (int f = 0; f < 4; f++) {
            int end = f < 3 ? l.features()[f + 1] : l.forward().w();
            for (int i = l.features()[f]; i < end; i++) {
                p[i] = (float) (0.1 * gaussian(rnd));
            }
        }
        double r = 1 / Math.sqrt(shape.hidden());
        int gates = 4 * shape.hidden();
        uniform(rnd, p, l.forward().w(), l.forward().b(), r);
        uniform(rnd, p, l.backward().w(), l.backward().b(), r);
        for (int j = shape.hidden(); j < 2 * shape.hidden(); j++) { // forget gate: remember by default
            p[l.forward().b() + j] = 1;
            p[l.backward().b() + j] = 1;
        }
        if (l.backward().w() != l.forward().b() + gates) {
            throw new IllegalStateException("layout");
        }
        uniform(rnd, p, l.outW(), l.outB(), Math.sqrt(6.0 / (2 * shape.hidden() + labels.size())));
        return new BiLstmCrf(shape, chars, vocabs, labels, embeddingsFingerprint, p);
    }

    private static void uniform(SplittableRandom rnd, float[] p, int from, int to, double r) {
        for (int i = from; i < to; i++) {
            p[i] = (float) rnd.nextDouble(-r, r);
        }
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = rnd.nextDouble(1e-12, 1);
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    @Override
    public int wordDim() {
        return shape.wordDim();
    }

    @Override
    public long embeddingsFingerprint() {
        return embeddingsFingerprint;
    }

    /** The IO labels of {@link #probabilities} (B-X and I-X marginals are summed into I-X). */
    @Override
    public List<String> labels() {
        return ioLabels;
    }

    /** The BIO labels the CRF decodes. */
    public List<String> bioLabels() {
        return labels;
    }

    /** The number of parameters. */
    public int size() {
        return params.length;
    }

    /** A sentence ready for the network. */
    public record Input(float[][] vectors, int[][] chars, int[][] features) {
        public int length() {
            return vectors.length;
        }
    }

    /** Looks up character and feature ids; {@code vectors} are the tokens' subword vectors. */
    public Input encode(TokenFeatures[] features, float[][] vectors) {
        int n = features.length;
        int[][] c = new int[n][];
        int[][] ids = new int[n][4];
        for (int t = 0; t < n; t++) {
            TokenFeatures f = features[t];
            int[] cps = f.key().codePoints().limit(MAX_CHARS).toArray();
            c[t] = new int[cps.length];
            for (int k = 0; k < cps.length; k++) {
                c[t][k] = chars.getOrDefault(cps[k], UNKNOWN);
            }
            String[] sym = {f.pos(), f.cluster(), f.gaz(), f.shape()};
            for (int k = 0; k < 4; k++) {
                ids[t][k] = vocabs.get(k).getOrDefault(sym[k], UNKNOWN);
            }
        }
        return new Input(vectors, c, ids);
    }

    // ---------------------------------------------------------------- forward pass

    /** Everything one pass over a sentence computes that the backward pass needs. */
    private final class Pass {
        final int n;
        final float[][] x;          // inputs after dropout
        final float[][] xKeep;      // dropout scale per input unit, null without dropout
        final int[][] charArg;      // per token and filter: the window position the max-pool chose
        final LstmLayer.Trace[] lstm; // [direction]: left to right, right to left
        final float[][] hKeep;      // dropout scale per LSTM output unit, null without dropout
        final double[][] emissions; // [t][label]

        Pass(Input s, double inDrop, double outDrop, SplittableRandom rnd) {
            n = s.length();
            x = new float[n][inputDim];
            xKeep = inDrop > 0 ? new float[n][inputDim] : null;
            charArg = new int[n][shape.filters()];
            for (int t = 0; t < n; t++) {
                input(s, t, x[t], charArg[t]);
                if (xKeep != null) {
                    mask(rnd, inDrop, xKeep[t]);
                    for (int i = 0; i < inputDim; i++) {
                        x[t][i] *= xKeep[t][i];
                    }
                }
            }
            lstm = new LstmLayer.Trace[] {layout.forward().forward(params, x, false),
                    layout.backward().forward(params, x, true)};
            hKeep = outDrop > 0 ? new float[n][2 * hidden] : null;
            emissions = new double[n][nLabels];
            float[] cat = new float[2 * hidden];
            for (int t = 0; t < n; t++) {
                concat(t, cat);
                if (hKeep != null) {
                    mask(rnd, outDrop, hKeep[t]);
                    for (int j = 0; j < cat.length; j++) {
                        cat[j] *= hKeep[t][j];
                    }
                }
                for (int k = 0; k < nLabels; k++) {
                    emissions[t][k] = params[layout.outB() + k] + dot(params, layout.outW() + k * 2 * hidden, cat, 2 * hidden);
                }
            }
        }

        void concat(int t, float[] cat) {
            System.arraycopy(lstm[0].h()[t], 0, cat, 0, hidden);
            System.arraycopy(lstm[1].h()[t], 0, cat, hidden, hidden);
        }
    }

    private static void mask(SplittableRandom rnd, double drop, float[] keep) {
        float scale = (float) (1 / (1 - drop));
        for (int i = 0; i < keep.length; i++) {
            keep[i] = rnd.nextDouble() < drop ? 0f : scale;
        }
    }

    /** Token {@code t}'s input: subword vector, character CNN, feature embeddings. */
    private void input(Input s, int t, float[] x, int[] charArg) {
        int wd = shape.wordDim();
        System.arraycopy(s.vectors()[t], 0, x, 0, wd);
        charCnn(s.chars()[t], x, wd, charArg);
        int off = wd + shape.filters();
        for (int f = 0; f < 4; f++) {
            int d = shape.featureDims()[f];
            System.arraycopy(params, layout.features()[f] + s.features()[t][f] * d, x, off, d);
            off += d;
        }
    }

    /** The padded character id at window position {@code pos} (0 = first real character). */
    private static int charAt(int[] c, int pos) {
        return pos < 0 || pos >= c.length ? PAD : c[pos];
    }

    private void charCnn(int[] c, float[] out, int off, int[] arg) {
        int cd = shape.charDim();
        int w = shape.width();
        int half = w / 2;
        int windows = Math.max(1, c.length);
        int fLen = w * cd;
        float[] window = new float[fLen];
        for (int f = 0; f < shape.filters(); f++) {
            out[off + f] = Float.NEGATIVE_INFINITY;
        }
        for (int s = 0; s < windows; s++) {
            for (int k = 0; k < w; k++) {
                System.arraycopy(params, layout.chars() + charAt(c, s - half + k) * cd, window, k * cd, cd);
            }
            for (int f = 0; f < shape.filters(); f++) {
                float v = params[layout.convB() + f] + dot(params, layout.convW() + f * fLen, window, fLen);
                if (v > out[off + f]) {
                    out[off + f] = v;
                    arg[f] = s;
                }
            }
        }
    }

    // ---------------------------------------------------------------- CRF

    private static double logSumExp(double[] a, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, a[i]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.exp(a[i] - max);
        }
        return max + Math.log(s);
    }

    private double trans(int i, int j) {
        return params[layout.trans() + i * nLabels + j];
    }

    /** Forward log-scores α[t][k] over allowed paths. */
    private double[][] alpha(double[][] em) {
        int n = em.length;
        double[][] a = new double[n][nLabels];
        double[] tmp = new double[nLabels];
        for (int k = 0; k < nLabels; k++) {
            a[0][k] = allowedFirst[k] ? params[layout.start() + k] + em[0][k] : Double.NEGATIVE_INFINITY;
        }
        for (int t = 1; t < n; t++) {
            for (int j = 0; j < nLabels; j++) {
                for (int i = 0; i < nLabels; i++) {
                    tmp[i] = allowed[i][j] ? a[t - 1][i] + trans(i, j) : Double.NEGATIVE_INFINITY;
                }
                a[t][j] = logSumExp(tmp, nLabels) + em[t][j];
            }
        }
        return a;
    }

    /** Backward log-scores β[t][k] (end scores included). */
    private double[][] beta(double[][] em) {
        int n = em.length;
        double[][] b = new double[n][nLabels];
        double[] tmp = new double[nLabels];
        for (int k = 0; k < nLabels; k++) {
            b[n - 1][k] = params[layout.end() + k];
        }
        for (int t = n - 2; t >= 0; t--) {
            for (int i = 0; i < nLabels; i++) {
                for (int j = 0; j < nLabels; j++) {
                    tmp[j] = allowed[i][j] ? trans(i, j) + em[t + 1][j] + b[t + 1][j] : Double.NEGATIVE_INFINITY;
                }
                b[t][i] = logSumExp(tmp, nLabels);
            }
        }
        return b;
    }

    private double logPartition(double[][] a) {
        double[] last = new double[nLabels];
        for (int k = 0; k < nLabels; k++) {
            last[k] = a[a.length - 1][k] + params[layout.end() + k];
        }
        return logSumExp(last, nLabels);
    }

    private double pathScore(double[][] em, int[] y) {
        double s = params[layout.start() + y[0]] + params[layout.end() + y[y.length - 1]];
        for (int t = 0; t < y.length; t++) {
            s += em[t][y[t]];
            if (t > 0) {
                s += trans(y[t - 1], y[t]);
            }
        }
        return s;
    }

    /** The best allowed path (Viterbi). */
    private int[] viterbi(double[][] em) {
        int n = em.length;
        double[][] score = new double[n][nLabels];
        int[][] back = new int[n][nLabels];
        for (int k = 0; k < nLabels; k++) {
            score[0][k] = allowedFirst[k] ? params[layout.start() + k] + em[0][k] : Double.NEGATIVE_INFINITY;
        }
        for (int t = 1; t < n; t++) {
            for (int j = 0; j < nLabels; j++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int i = 0; i < nLabels; i++) {
                    if (allowed[i][j] && score[t - 1][i] + trans(i, j) > best) {
                        best = score[t - 1][i] + trans(i, j);
                        arg = i;
                    }
                }
                score[t][j] = best + em[t][j];
                back[t][j] = arg;
            }
        }
        int last = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < nLabels; k++) {
            double s = score[n - 1][k] + params[layout.end() + k];
            if (s > best) {
                best = s;
                last = k;
            }
        }
        int[] path = new int[n];
        path[n - 1] = last;
        for (int t = n - 1; t > 0; t--) {
            path[t - 1] = back[t][path[t]];
        }
        return path;
    }

    /** Per-token marginal probabilities of the BIO labels. */
    private double[][] marginals(double[][] em, double[][] a, double[][] b, double logZ) {
        double[][] m = new double[em.length][nLabels];
        for (int t = 0; t < em.length; t++) {
            for (int k = 0; k < nLabels; k++) {
                m[t][k] = Math.exp(a[t][k] + b[t][k] - logZ);
            }
        }
        return m;
    }

    // ---------------------------------------------------------------- inference

    /** The Viterbi labels (BIO) of an encoded sentence. */
    public List<String> decode(Input s) {
        if (s.length() == 0) {
            return List.of();
        }
        int[] path = viterbi(new Pass(s, 0, 0, null).emissions);
        List<String> out = new ArrayList<>(path.length);
        for (int k : path) {
            out.add(labels.get(k));
        }
        return out;
    }

    @Override
    public List<TokenTag> tag(TokenFeatures[] features, float[][] vectors) {
        if (features.length == 0) {
            return List.of();
        }
        double[][] em = new Pass(encode(features, vectors), 0, 0, null).emissions;
        int[] path = viterbi(em);
        double[][] a = alpha(em);
        double[][] m = marginals(em, a, beta(em), logPartition(a));
        List<TokenTag> out = new ArrayList<>(path.length);
        for (int t = 0; t < path.length; t++) {
            out.add(new TokenTag(labels.get(path[t]), Math.max(0.0, Math.min(1.0, m[t][path[t]]))));
        }
        return out;
    }

    @Override
    public double[][] probabilities(TokenFeatures[] features, float[][] vectors) {
        if (features.length == 0) {
            return new double[0][];
        }
        double[][] em = new Pass(encode(features, vectors), 0, 0, null).emissions;
        double[][] a = alpha(em);
        double[][] m = marginals(em, a, beta(em), logPartition(a));
        double[][] out = new double[m.length][ioLabels.size()];
        for (int t = 0; t < m.length; t++) {
            for (int k = 0; k < nLabels; k++) {
                out[t][ioColumn[k]] += m[t][k];
            }
        }
        return out;
    }

    /** The CRF's negative log-likelihood of {@code gold} (label ids), without dropout. */
    public double loss(Input s, int[] gold) {
        double[][] em = new Pass(s, 0, 0, null).emissions;
        return logPartition(alpha(em)) - pathScore(em, gold);
    }

    // ---------------------------------------------------------------- training

    /**
     * Adds the gradient of the negative log-likelihood of {@code gold} (label ids; must be an
     * allowed path) to {@code grad} (same layout as the parameters), with inverted dropout on the
     * LSTM inputs and outputs drawn from {@code rnd}; returns the loss.
     */
    public double addGradient(Input s, int[] gold, double inDrop, double outDrop, SplittableRandom rnd, float[] grad) {
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        Pass pass = new Pass(s, inDrop, outDrop, rnd);
        double[][] em = pass.emissions;
        double[][] a = alpha(em);
        double[][] b = beta(em);
        double logZ = logPartition(a);
        double loss = logZ - pathScore(em, gold);
        // CRF: expected minus observed counts
        double[][] dEm = marginals(em, a, b, logZ);
        for (int k = 0; k < nLabels; k++) {
            grad[layout.start() + k] += (float) dEm[0][k];
            grad[layout.end() + k] += (float) dEm[n - 1][k];
        }
        grad[layout.start() + gold[0]] -= 1;
        grad[layout.end() + gold[n - 1]] -= 1;
        for (int t = 1; t < n; t++) {
            for (int i = 0; i < nLabels; i++) {
                if (a[t - 1][i] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                for (int j = 0; j < nLabels; j++) {
                    if (allowed[i][j]) {
                        grad[layout.trans() + i * nLabels + j] +=
                                (float) Math.exp(a[t - 1][i] + trans(i, j) + em[t][j] + b[t][j] - logZ);
                    }
                }
            }
            grad[layout.trans() + gold[t - 1] * nLabels + gold[t]] -= 1;
        }
        for (int t = 0; t < n; t++) {
            dEm[t][gold[t]] -= 1;
        }
        // output layer
        int h2 = 2 * hidden;
        float[][] dCat = new float[n][h2];
        float[] cat = new float[h2];
        for (int t = 0; t < n; t++) {
            pass.concat(t, cat);
            if (pass.hKeep != null) {
                for (int j = 0; j < h2; j++) {
                    cat[j] *= pass.hKeep[t][j];
                }
            }
            for (int k = 0; k < nLabels; k++) {
                float g = (float) dEm[t][k];
                grad[layout.outB() + k] += g;
                axpy(g, cat, 0, grad, layout.outW() + k * h2, h2);
                axpy(g, params, layout.outW() + k * h2, dCat[t], 0, h2);
            }
            if (pass.hKeep != null) {
                for (int j = 0; j < h2; j++) {
                    dCat[t][j] *= pass.hKeep[t][j];
                }
            }
        }
        // LSTMs
        float[][] dx = new float[n][inputDim];
        float[][] dh = new float[n][hidden];
        for (int dir = 0; dir < 2; dir++) {
            for (int t = 0; t < n; t++) {
                System.arraycopy(dCat[t], dir * hidden, dh[t], 0, hidden);
            }
            (dir == 0 ? layout.forward() : layout.backward()).backward(params, pass.lstm[dir], dh, dx, grad);
        }
        // inputs: the subword vectors are frozen; the CNN and feature embeddings learn
        int wd = shape.wordDim();
        int cd = shape.charDim();
        int w = shape.width();
        int fLen = w * cd;
        for (int t = 0; t < n; t++) {
            if (pass.xKeep != null) {
                for (int i = 0; i < inputDim; i++) {
                    dx[t][i] *= pass.xKeep[t][i];
                }
            }
            int[] c = s.chars()[t];
            for (int f = 0; f < shape.filters(); f++) {
                float g = dx[t][wd + f];
                if (g == 0) {
                    continue;
                }
                grad[layout.convB() + f] += g;
                int pos = pass.charArg[t][f];
                for (int k = 0; k < w; k++) {
                    int id = charAt(c, pos - w / 2 + k);
                    axpy(g, params, layout.chars() + id * cd, grad, layout.convW() + f * fLen + k * cd, cd);
                    axpy(g, params, layout.convW() + f * fLen + k * cd, grad, layout.chars() + id * cd, cd);
                }
            }
            int off = wd + shape.filters();
            for (int f = 0; f < 4; f++) {
                int d = shape.featureDims()[f];
                axpy(1f, dx[t], off, grad, layout.features()[f] + s.features()[t][f] * d, d);
                off += d;
            }
        }
        return loss;
    }

    /** Adam's moment estimates; one per training run. */
    public static final class Adam {
        private final float[] m;
        private final float[] v;
        private int step;

        public Adam(int size) {
            m = new float[size];
            v = new float[size];
        }
    }

    /**
     * One Adam step with {@code grad · scale}, the whole gradient first clipped to norm
     * {@code clip}; clears {@code grad}.
     */
    public void adamStep(float[] grad, double scale, double clip, Adam state, double lr) {
        double norm = 0;
        for (float g : grad) {
            norm += (double) g * g;
        }
        norm = Math.sqrt(norm) * scale;
        float s = (float) (norm > clip ? scale * clip / norm : scale);
        state.step++;
        double b1c = 1 - Math.pow(0.9, state.step);
        double b2c = 1 - Math.pow(0.999, state.step);
        float[] m = state.m;
        float[] v = state.v;
        for (int k = 0; k < params.length; k++) {
            float x = grad[k] * s;
            m[k] = 0.9f * m[k] + 0.1f * x;
            v[k] = 0.999f * v[k] + 0.001f * x * x;
            params[k] -= (float) (lr * (m[k] / b1c) / (Math.sqrt(v[k] / b2c) + 1e-8));
            grad[k] = 0;
        }
    }

    /** A deep copy (for keeping the best parameters during early stopping). */
    public BiLstmCrf copy() {
        return new BiLstmCrf(shape, chars, vocabs, labels, embeddingsFingerprint, params.clone());
    }

    // ---------------------------------------------------------------- file

    @Override
    public void write(DataOutputStream out) throws IOException {
        out.writeUTF(MAGIC);
        out.writeLong(embeddingsFingerprint);
        out.writeInt(shape.wordDim());
        out.writeInt(shape.charDim());
        out.writeInt(shape.filters());
        out.writeInt(shape.width());
        for (int d : shape.featureDims()) {
            out.writeInt(d);
        }
        out.writeInt(shape.hidden());
        int[] byId = new int[chars.size()];
        chars.forEach((c, id) -> byId[id - 2] = c);
        out.writeInt(byId.length);
        for (int c : byId) {
            out.writeInt(c);
        }
        for (Map<String, Integer> v : vocabs) {
            String[] sym = new String[v.size()];
            v.forEach((s, id) -> sym[id - 2] = s);
            out.writeInt(sym.length);
            for (String s : sym) {
                out.writeUTF(s);
            }
        }
        out.writeInt(labels.size());
        for (String l : labels) {
            out.writeUTF(l);
        }
        out.writeInt(params.length);
        for (float p : params) {
            out.writeFloat(p);
        }
    }

    /** Reads a network written by {@link #write}, header included. */
    static BiLstmCrf read(DataInputStream in) throws IOException {
        String magic = in.readUTF();
        if (!magic.equals(MAGIC)) {
            throw new IOException("not a BiLSTM-CRF model (header '" + magic + "')");
        }
        return readBody(in);
    }

    /** Reads the rest of a network whose header has been read. */
    static BiLstmCrf readBody(DataInputStream in) throws IOException {
        long fingerprint = in.readLong();
        int wordDim = in.readInt();
        int charDim = in.readInt();
        int filters = in.readInt();
        int width = in.readInt();
        int[] dims = new int[4];
        for (int f = 0; f < 4; f++) {
            dims[f] = in.readInt();
        }
        int hidden = in.readInt();
        Shape shape;
        try {
            shape = new Shape(wordDim, charDim, filters, width, dims, hidden);
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt BiLSTM-CRF model header", e);
        }
        int nc = count(in);
        Map<Integer, Integer> chars = new HashMap<>();
        for (int i = 0; i < nc; i++) {
            chars.put(in.readInt(), i + 2);
        }
        List<Map<String, Integer>> vocabs = new ArrayList<>();
        for (int f = 0; f < 4; f++) {
            int ns = count(in);
            Map<String, Integer> v = new HashMap<>();
            for (int i = 0; i < ns; i++) {
                v.put(in.readUTF(), i + 2);
            }
            vocabs.add(v);
        }
        int nl = count(in);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < nl; i++) {
            labels.add(in.readUTF());
        }
        float[] p = new float[count(in)];
        for (int i = 0; i < p.length; i++) {
            p[i] = in.readFloat();
        }
        try {
            return new BiLstmCrf(shape, chars, vocabs, labels, fingerprint, p);
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt BiLSTM-CRF model: " + e.getMessage(), e);
        }
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 50_000_000) {
            throw new IOException("corrupt BiLSTM-CRF model (count " + n + ")");
        }
        return n;
    }
}
