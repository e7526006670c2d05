package org.arabicner.train;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.arabicner.ner.BioCodec;
import org.arabicner.ner.TokenTag;
import org.arabicner.ner.WordFeatureLexicon;
import org.arabicner.ner.neural.BiLstmCrf;
import org.arabicner.ner.neural.NeuralTagger;
import org.arabicner.ner.neural.SubwordEmbeddings;
import org.arabicner.ner.neural.TokenFeatures;

/**
 * Trains a {@link BiLstmCrf} {@link NeuralTagger} on segmented, labelled sentences: minibatch
 * Adam on the CRF's negative log-likelihood, gradient norm clipped, dropout on the LSTM inputs and
 * outputs, seeded. The sentences of a minibatch are split between {@code threads} workers by
 * position (worker {@code k} takes sentences {@code k, k + threads, …}), each summing into its own
 * gradient, and the gradients are added in worker order, so the model depends on the data, the
 * seed and the thread count only, not on scheduling. Dropout masks are drawn from a generator
 * seeded by the seed, the epoch and the sentence. When held-out sentences are given, training
 * stops early on their entity-level span F1 (exact match): the best epoch's parameters are kept and
 * training stops after {@code patience} epochs without a gain. Not thread-safe.
 */
public final class BiLstmTrainer {

    /**
     * Hyper-parameters.
     *
     * @param shape     the network's sizes ({@code wordDim} is taken from the embeddings)
     * @param epochs    most epochs
     * @param patience  epochs without a held-out gain before stopping
     * @param batch     sentences per Adam step
     * @param lr        Adam learning rate
     * @param clip      gradient norm limit
     * @param inDrop    dropout on the LSTM inputs
     * @param outDrop   dropout on the LSTM outputs
     * @param threads   workers per minibatch
     * @param seed      random seed (initialisation, order, dropout)
     */
    public record Config(BiLstmCrf.Shape shape, int epochs, int patience, int batch, double lr, double clip,
                         double inDrop, double outDrop, int threads, long seed) {

        public static Config defaults(int wordDim, long seed) {
            return new Config(new BiLstmCrf.Shape(wordDim, 30, 50, 3, new int[] {16, 16, 8, 8}, 100), 25, 4, 10,
                    2e-3, 5.0, 0.5, 0.3, 2, seed);
        }
    }

    private final Config config;
    private final SubwordEmbeddings embeddings;
    private final String embeddingsFile;
    private final WordFeatureLexicon lexicon;
    private final String lexiconFile;
    private TrainingHistory history;

    public BiLstmTrainer(Config config, SubwordEmbeddings embeddings, String embeddingsFile,
                         WordFeatureLexicon lexicon, String lexiconFile) {
        if (config.shape().wordDim() != embeddings.dim()) {
            throw new IllegalArgumentException("network shape expects " + config.shape().wordDim()
                    + "-d word vectors, " + embeddingsFile + " has " + embeddings.dim());
        }
        this.config = config;
        this.embeddings = embeddings;
        this.embeddingsFile = embeddingsFile;
        this.lexicon = lexicon;
        this.lexiconFile = lexiconFile;
    }

    public TrainingHistory history() {
        return history;
    }

    /**
     * Trains on {@code train} (BIO or IO labels; IO runs become B-/I- spans as {@link BioCodec}
     * reads them); {@code heldOut} (may be empty) drives early stopping.
     */
    public NeuralTagger train(List<TaggedSentence> train, List<TaggedSentence> heldOut, PrintStream log) {
        List<List<String>> bio = train.stream().map(s -> bio(s.labels())).toList();
        Set<String> types = new TreeSet<>();
        List<Map<String, Integer>> counts = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        Map<Integer, Integer> charCounts = new HashMap<>();
        List<TokenFeatures[]> trainFeatures = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            TokenFeatures[] f = TokenFeatures.of(train.get(i).tokens(), lexicon);
            trainFeatures.add(f);
            for (TokenFeatures t : f) {
                String[] sym = {t.pos(), t.cluster(), t.gaz(), t.shape()};
                for (int k = 0; k < sym.length; k++) {
                    counts.get(k).merge(sym[k], 1, Integer::sum);
                }
                t.key().codePoints().forEach(c -> charCounts.merge(c, 1, Integer::sum));
            }
            for (String l : bio.get(i)) {
                if (!l.equals(TokenTag.OUTSIDE)) {
                    types.add(l.substring(2));
                }
            }
        }
        List<String> labels = new ArrayList<>(List.of(TokenTag.OUTSIDE));
        for (String t : types) {
            labels.add("B-" + t);
            labels.add("I-" + t);
        }
        // symbols seen once stay "unknown", so the unknown embedding is trained too
        List<List<String>> symbols = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            symbols.add(counts.get(k).entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey)
                    .sorted().toList());
        }
        List<Integer> charSymbols = charCounts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .map(Map.Entry::getKey).sorted().toList();
        BiLstmCrf net = BiLstmCrf.create(config.shape(), charSymbols, symbols, labels, embeddings.fingerprint(),
                config.seed());
        log.printf(Locale.ROOT, "bilstm: %d parameters, %d characters, labels %s, %d training sentences%n",
                net.size(), charSymbols.size(), labels, train.size());
        Map<String, float[]> vectorCache = new HashMap<>();
        List<BiLstmCrf.Input> x = new ArrayList<>();
        List<int[]> y = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            x.add(net.encode(trainFeatures.get(i), vectors(trainFeatures.get(i), vectorCache)));
            y.add(bio.get(i).stream().mapToInt(labels::indexOf).toArray());
        }
        List<BiLstmCrf.Input> hx = new ArrayList<>();
        for (TaggedSentence s : heldOut) {
            TokenFeatures[] f = TokenFeatures.of(s.tokens(), lexicon);
            hx.add(net.encode(f, vectors(f, vectorCache)));
        }
        int threads = Math.max(1, config.threads());
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try {
            return run(net, x, y, hx, heldOut, pool, threads, log);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private NeuralTagger run(BiLstmCrf net, List<BiLstmCrf.Input> x, List<int[]> y, List<BiLstmCrf.Input> hx,
                             List<TaggedSentence> heldOut, ExecutorService pool, int threads, PrintStream log) {
        BiLstmCrf.Adam adam = new BiLstmCrf.Adam(net.size());
        float[][] grads = new float[threads][net.size()];
        double[] losses = new double[threads];
        EarlyStopping.Pass pass = (epoch, perm) -> {
            double loss = 0;
            for (int start = 0; start < perm.length; start += config.batch()) {
                int end = Math.min(perm.length, start + config.batch());
                final int from = start;
                List<Future<?>> jobs = new ArrayList<>();
                for (int w = 0; w < threads; w++) {
                    final int worker = w;
                    Runnable job = () -> {
                        double l = 0;
                        for (int b = from + worker; b < end; b += threads) {
                            int i = perm[b];
                            SplittableRandom rnd = new SplittableRandom(
                                    config.seed() * 1_000_003L + epoch * 7_919L * perm.length + i);
                            l += net.addGradient(x.get(i), y.get(i), config.inDrop(), config.outDrop(), rnd,
                                    grads[worker]);
                        }
                        losses[worker] = l;
                    };
                    if (pool == null) {
                        job.run();
                    } else {
                        jobs.add(pool.submit(job));
                    }
                }
                await(jobs);
                for (int w = 0; w < threads; w++) {
                    loss += losses[w];
                    if (w > 0) {
                        float[] g0 = grads[0];
                        float[] gw = grads[w];
                        for (int k = 0; k < g0.length; k++) {
                            g0[k] += gw[k];
                            gw[k] = 0;
                        }
                    }
                }
                net.adamStep(grads[0], 1.0 / (end - start), config.clip(), adam, config.lr());
            }
            return loss / Math.max(1, perm.length);
        };
        EarlyStopping.Result<BiLstmCrf> r = EarlyStopping.train("bilstm", config.epochs(), config.patience(), net,
                BiLstmCrf::copy, x.size(), new SplittableRandom(config.seed() * 31 + 7), pass,
                heldOut.isEmpty() ? null : () -> spanF1(net, hx, heldOut, pool, threads), log);
        history = r.history();
        BiLstmCrf best = r.model();
        return new NeuralTagger(best, embeddings, embeddingsFile, lexicon, lexiconFile);
    }

    private static void await(List<Future<?>> jobs) {
        for (Future<?> f : jobs) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("training interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("training failed: " + e.getCause(), e.getCause());
            }
        }
    }

    private float[][] vectors(TokenFeatures[] f, Map<String, float[]> cache) {
        float[][] v = new float[f.length][];
        for (int i = 0; i < f.length; i++) {
            v[i] = cache.computeIfAbsent(f[i].key(), embeddings::vector);
        }
        return v;
    }

    /** The labels as BIO: each decoded span starts with {@code B-}. */
    static List<String> bio(List<String> labels) {
        return BioCodec.encode(labels.size(), BioCodec.decode(labels));
    }

    /** Entity-level F1 (exact spans) of the Viterbi labels, sentences decoded in parallel. */
    private static double spanF1(BiLstmCrf net, List<BiLstmCrf.Input> x, List<TaggedSentence> gold,
                                 ExecutorService pool, int threads) {
        int[][] counts = new int[threads][3];
        List<Future<?>> jobs = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            final int worker = w;
            Runnable job = () -> {
                for (int i = worker; i < x.size(); i += threads) {
                    NeuralTrainer.count(NeuralTrainer.spans(bio(gold.get(i).labels())),
                            NeuralTrainer.spans(net.decode(x.get(i))), counts[worker]);
                }
            };
            if (pool == null) {
                job.run();
            } else {
                jobs.add(pool.submit(job));
            }
        }
        await(jobs);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] c : counts) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
