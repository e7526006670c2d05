package org.arabicner.train;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.arabicner.ner.TokenTag;
import org.arabicner.ner.WordFeatureLexicon;
import org.arabicner.ner.neural.NeuralTagger;
import org.arabicner.ner.neural.SubwordEmbeddings;
import org.arabicner.ner.neural.TokenFeatures;
import org.arabicner.ner.neural.WindowNetwork;

/**
 * Trains a {@link NeuralTagger} on segmented, labelled sentences: minibatch Adam on token
 * cross-entropy with dropout, seeded (same data and seed → same model), and, when held-out
 * sentences are given, early stopping on their entity-level F1 (token spans of the IO labels,
 * exact match): the parameters of the best epoch are kept and training stops after
 * {@code patience} epochs without a gain. Single-threaded; not thread-safe.
 */
public final class NeuralTrainer {

    /**
     * Hyper-parameters.
     *
     * @param radius    window half-width in tokens
     * @param hidden    hidden units
     * @param dims      embedding sizes of POS, cluster, gazetteer class and shape
     * @param epochs    most epochs
     * @param patience  epochs without a held-out gain before stopping
     * @param batch     sentences per Adam step
     * @param lr        Adam learning rate
     * @param dropout   hidden-unit dropout
     * @param seed      random seed (initialisation, order, dropout)
     */
    public record Config(int radius, int hidden, int[] dims, int epochs, int patience, int batch, double lr,
                         double dropout, long seed) {

        public static Config defaults(long seed) {
            return new Config(2, 128, new int[] {16, 16, 8, 8}, 15, 3, 16, 2e-3, 0.3, seed);
        }
    }

    private final Config config;
    private final SubwordEmbeddings embeddings;
    private final String embeddingsFile;
    private final WordFeatureLexicon lexicon;
    private final String lexiconFile;
    private TrainingHistory history;

    public NeuralTrainer(Config config, SubwordEmbeddings embeddings, String embeddingsFile,
                         WordFeatureLexicon lexicon, String lexiconFile) {
        this.config = config;
        this.embeddings = embeddings;
        this.embeddingsFile = embeddingsFile;
        this.lexicon = lexicon;
        this.lexiconFile = lexiconFile;
    }

    public TrainingHistory history() {
        return history;
    }

    /** Trains on {@code train}; {@code heldOut} (may be empty) drives early stopping. */
    public NeuralTagger train(List<TaggedSentence> train, List<TaggedSentence> heldOut, PrintStream log) {
        List<String> labels = new ArrayList<>(List.of(TokenTag.OUTSIDE));
        Set<String> seen = new LinkedHashSet<>();
        List<List<String>> symbols = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Map<String, Integer>> counts = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        List<TokenFeatures[]> trainFeatures = new ArrayList<>();
        for (TaggedSentence s : train) {
            TokenFeatures[] f = TokenFeatures.of(s.tokens(), lexicon);
            trainFeatures.add(f);
            for (TokenFeatures t : f) {
                String[] sym = {t.pos(), t.cluster(), t.gaz(), t.shape()};
                for (int k = 0; k < sym.length; k++) {
                    counts.get(k).merge(sym[k], 1, Integer::sum);
                }
            }
            for (String l : s.labels()) {
                if (!l.equals(TokenTag.OUTSIDE)) {
                    seen.add(l);
                }
            }
        }
        seen.stream().sorted().forEach(labels::add);
        for (int k = 0; k < 4; k++) {
            // symbols seen once stay "unknown", so the unknown embedding is trained too
            counts.get(k).entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).sorted()
                    .forEach(symbols.get(k)::add);
        }
        WindowNetwork net = WindowNetwork.create(embeddings.dim(), config.radius(), config.hidden(), config.dims(),
                symbols, labels, config.seed());
        Map<String, float[]> vectorCache = new HashMap<>();
        List<WindowNetwork.Encoded> x = new ArrayList<>();
        List<int[]> y = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            x.add(net.encode(trainFeatures.get(i), vectors(trainFeatures.get(i), vectorCache)));
            y.add(labelIds(train.get(i).labels(), labels));
        }
        List<WindowNetwork.Encoded> hx = new ArrayList<>();
        for (TaggedSentence s : heldOut) {
            TokenFeatures[] f = TokenFeatures.of(s.tokens(), lexicon);
            hx.add(net.encode(f, vectors(f, vectorCache)));
        }
        SplittableRandom rnd = new SplittableRandom(config.seed() * 31 + 7);
        WindowNetwork.AdamState adam = net.new AdamState();
        WindowNetwork.Gradients grads = net.new Gradients();
        // one random source for the order and the dropout, as before the loop was shared
        EarlyStopping.Pass pass = (epoch, order) -> {
            double loss = 0;
            long tokens = 0;
            for (int b = 0; b < order.length; b++) {
                int i = order[b];
                loss += grads.add(x.get(i), y.get(i), config.dropout(), rnd);
                tokens += y.get(i).length;
                if ((b + 1) % config.batch() == 0 || b == order.length - 1) {
                    net.adamStep(grads, adam, config.lr());
                }
            }
            return loss / Math.max(1, tokens);
        };
        EarlyStopping.Result<WindowNetwork> r = EarlyStopping.train("neural", config.epochs(), config.patience(), net,
                WindowNetwork::copy, x.size(), rnd, pass,
                heldOut.isEmpty() ? null : () -> spanF1(net, hx, heldOut, labels), log);
        history = r.history();
        WindowNetwork best = r.model();
        return new NeuralTagger(best, embeddings, embeddingsFile, lexicon, lexiconFile);
    }

    private float[][] vectors(TokenFeatures[] f, Map<String, float[]> cache) {
        float[][] v = new float[f.length][];
        for (int i = 0; i < f.length; i++) {
            v[i] = cache.computeIfAbsent(f[i].key(), embeddings::vector);
        }
        return v;
    }

    private static int[] labelIds(List<String> gold, List<String> labels) {
        int[] ids = new int[gold.size()];
        for (int i = 0; i < ids.length; i++) {
            int id = labels.indexOf(gold.get(i));
            ids[i] = Math.max(0, id);
        }
        return ids;
    }

    /** Entity-level F1 over token spans (maximal runs of one IO type), exact match. */
    static double spanF1(WindowNetwork net, List<WindowNetwork.Encoded> x, List<TaggedSentence> gold,
                         List<String> labels) {
        int[] counts = new int[3];
        for (int i = 0; i < x.size(); i++) {
            double[][] p = net.probabilities(x.get(i));
            List<String> predicted = new ArrayList<>(p.length);
            for (double[] row : p) {
                int best = 0;
                for (int k = 1; k < row.length; k++) {
                    if (row[k] > row[best]) {
                        best = k;
                    }
                }
                predicted.add(labels.get(best));
            }
            count(spans(gold.get(i).labels()), spans(predicted), counts);
        }
        return counts[0] == 0 ? 0 : 2.0 * counts[0] / (2.0 * counts[0] + counts[1] + counts[2]);
    }

    /** Adds true positives, false positives and false negatives of one sentence to {@code counts}. */
    public static void count(Set<String> gold, Set<String> predicted, int[] counts) {
        for (String span : predicted) {
            counts[gold.contains(span) ? 0 : 1]++;
        }
        for (String span : gold) {
            if (!predicted.contains(span)) {
                counts[2]++;
            }
        }
    }

    /** The entity spans of a label sequence, as {@code start:end:TYPE} token offsets. */
    public static Set<String> spans(List<String> labels) {
        Set<String> out = new LinkedHashSet<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= labels.size(); i++) {
            String l = i < labels.size() ? labels.get(i) : TokenTag.OUTSIDE;
            String t = l.equals(TokenTag.OUTSIDE) ? null : l.substring(l.indexOf('-') + 1);
            boolean begins = l.startsWith("B-");
            if (type != null && (t == null || !t.equals(type) || begins)) {
                out.add(start + ":" + i + ":" + type);
                type = null;
            }
            if (t != null && type == null) {
                start = i;
                type = t;
            }
        }
        return out;
    }
}
