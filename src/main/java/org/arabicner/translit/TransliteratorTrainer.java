package org.arabicner.translit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.arabicner.text.ArabicNormalizer;

/**
 * Trains a {@link Transliterator}: EM many-to-many alignment of the training pairs, a
 * joint-sequence n-gram model over the aligned chunk pairs, an English character n-gram model
 * of names (training English side plus an optional name list), and reranking weights tuned by
 * coordinate ascent on development pairs.
 *
 * <p>Training-side class; instances hold only their settings and are thread-safe, but
 * training itself is single-threaded.
 */
public final class TransliteratorTrainer {

    /** Training settings. */
    public record Settings(int jointOrder, int englishOrder, int maxSource, int maxTarget,
                           int emIterations, int minHighOrderCount, int minNameCount,
                           int minLanguageModelNameCount, int realignPasses) {
        /** The settings of the shipped model. */
        public static Settings defaults() {
            return new Settings(5, 6, 2, 3, 8, 2, 5, 1000, 0);
        }
    }

    /** A line-aligned list of Arabic names and their English readings. */
    public record Pairs(List<String> arabic, List<String> english) {
        public Pairs {
            if (arabic.size() != english.size()) {
                throw new IllegalArgumentException("Arabic and English sides differ in length: "
                        + arabic.size() + " vs " + english.size());
            }
            arabic = List.copyOf(arabic);
            english = List.copyOf(english);
        }

        /** Reads {@code prefix.ar} and {@code prefix.en} (UTF-8, one name per line). */
        public static Pairs read(Path arabicFile, Path englishFile) throws IOException {
            List<String> a = Files.readAllLines(arabicFile, StandardCharsets.UTF_8);
            List<String> e = Files.readAllLines(englishFile, StandardCharsets.UTF_8);
            while (!a.isEmpty() && a.get(a.size() - 1).isBlank() && !e.isEmpty() && e.get(e.size() - 1).isBlank()) {
                a.remove(a.size() - 1);
                e.remove(e.size() - 1);
            }
            return new Pairs(a, e);
        }
    }

    private final Settings settings;
    private final PrintStream log;

    public TransliteratorTrainer(Settings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    /**
     * Reads a name list: one {@code name<TAB>count} per line (a bare name counts 1). Names
     * are lower-cased; counts of duplicates add up.
     */
    public static Map<String, Integer> readNameCounts(Path file) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            String name = f[0].trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || !name.chars().allMatch(Character::isLetter)) {
                continue;
            }
            int c = 1;
            if (f.length > 1) {
                c = (int) Math.min(Integer.MAX_VALUE, Long.parseLong(f[1].trim()));
            }
            counts.merge(name, c, (x, y) -> (int) Math.min(Integer.MAX_VALUE, (long) x + y));
        }
        return counts;
    }

    /** Trains a model with neutral reranking weights (see {@link #tune}). */
    public Transliterator train(Pairs pairs, Map<String, Integer> names) {
        List<String> arabic = new ArrayList<>();
        List<String> english = new ArrayList<>();
        for (int i = 0; i < pairs.arabic().size(); i++) {
            String a = Transliterator.arabicLetters(ArabicNormalizer.normalize(pairs.arabic().get(i)));
            String e = cleanEnglish(pairs.english().get(i));
            if (!a.isEmpty() && !e.isEmpty()) {
                arabic.add(a);
                english.add(e);
            }
        }
        log.printf(Locale.ROOT, "training pairs: %d usable of %d%n", arabic.size(), pairs.arabic().size());

        JointSequenceModel joint = trainJoint(arabic, english, settings.maxSource());
        for (int pass = 0; pass < settings.realignPasses(); pass++) {
            joint = realign(joint, arabic, english);
        }
        JointSequenceModel letterJoint = trainJoint(arabic, english, 1);
        Map<String, Map<String, Integer>> memory = new HashMap<>();
        for (int p = 0; p < arabic.size(); p++) {
            memory.computeIfAbsent(arabic.get(p), k -> new HashMap<>()).merge(english.get(p), 1, Integer::sum);
        }

        NgramModelTrainer englishCounts = new NgramModelTrainer(settings.englishOrder(), settings.minHighOrderCount());
        for (String e : english) {
            englishCounts.add(Transliterator.englishTokens(e), 1);
        }
        Map<String, Integer> keptNames = new HashMap<>();
        names.forEach((n, c) -> {
            if (c >= settings.minNameCount()) {
                keptNames.put(n, c);
            }
            if (c >= settings.minLanguageModelNameCount()) {
                englishCounts.add(Transliterator.englishTokens(n), 1);
            }
        });
        NgramModel englishModel = englishCounts.build();
        log.printf(Locale.ROOT, "English model: %d entries; name list: %d names kept%n",
                englishModel.entryCount(), keptNames.size());
        return new Transliterator(joint, letterJoint, englishModel, keptNames, memory,
                new RerankWeights(new double[] {1, 0.3, 0.2, 0.2, 0, 1, 0}));
    }

    /** Aligns the pairs with Arabic chunks of up to {@code maxSource} letters and counts the units. */
    private JointSequenceModel trainJoint(List<String> arabic, List<String> english, int maxSource) {
        long t0 = System.nanoTime();
        ManyToManyAligner aligner = new ManyToManyAligner(maxSource, settings.maxTarget());
        List<List<ManyToManyAligner.Chunk>> alignments = aligner.align(arabic, english, settings.emIterations());
        Map<String, Integer> unitIds = new HashMap<>();
        List<String> units = new ArrayList<>(List.of("<s>", "</s>"));
        NgramModelTrainer counts = new NgramModelTrainer(settings.jointOrder(), settings.minHighOrderCount());
        int unaligned = 0;
        for (List<ManyToManyAligner.Chunk> path : alignments) {
            if (path == null) {
                unaligned++;
                continue;
            }
            int[] seq = new int[path.size()];
            for (int i = 0; i < seq.length; i++) {
                String u = path.get(i).unit();
                Integer id = unitIds.get(u);
                if (id == null) {
                    id = units.size();
                    unitIds.put(u, id);
                    units.add(u);
                }
                seq[i] = id;
            }
            counts.add(seq, 1);
        }
        NgramModel ngrams = counts.build();
        log.printf(Locale.ROOT, "joint model (Arabic chunks <= %d): %d units, %d entries, %d pairs unaligned, %.1f s%n",
                maxSource, units.size() - 2, ngrams.entryCount(), unaligned, (System.nanoTime() - t0) / 1e9);
        return new JointSequenceModel(ngrams, units, maxSource);
    }

    /**
     * Re-segments every training pair with the joint n-gram model itself (the likeliest
     * segmentation given the context, which the letter aligner ignores) and re-estimates
     * the model from the new segmentations: one step of hard EM.
     */
    private JointSequenceModel realign(JointSequenceModel joint, List<String> arabic, List<String> english) {
        long t0 = System.nanoTime();
        TransliterationDecoder decoder = joint.decoder(0);
        NgramModelTrainer counts = new NgramModelTrainer(settings.jointOrder(), settings.minHighOrderCount());
        int failed = 0;
        for (int p = 0; p < arabic.size(); p++) {
            int[] seq = decoder.bestSegmentation(arabic.get(p), english.get(p), 16);
            if (seq == null) {
                failed++;
                continue;
            }
            counts.add(seq, 1);
        }
        NgramModel model = counts.build();
        log.printf(Locale.ROOT, "re-segmented in %.1f s (%d pairs not covered): %d entries%n",
                (System.nanoTime() - t0) / 1e9, failed, model.entryCount());
        return new JointSequenceModel(model, joint.units(), joint.maxChunk());
    }

    /**
     * Tunes the reranking weights on development pairs by coordinate ascent on top-1
     * accuracy (top-5 adds a tenth). The joint-model weight stays 1. Only the second joint
     * model's, English-model, name-list and length weights are searched, the name-list weight never below 0: the
     * ANETAC development names never occur on the English side of the training pairs (the
     * split is by English name), so weights of features that look at the training data cannot
     * be learnt from them. The training-English weight is tied to the name-list weight (a name
     * seen in training is a real name, as one in the list is) and the memory weight stays 1.
     */
    public RerankWeights tune(Transliterator model, Pairs dev) {
        List<Map<String, double[]>> features = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        for (int i = 0; i < dev.arabic().size(); i++) {
            String[] words = ArabicNormalizer.normalize(dev.arabic().get(i)).split(" ");
            String g = cleanEnglish(dev.english().get(i));
            if (words.length != 1 || g.isEmpty()) {
                continue; // tuning works on single words
            }
            features.add(model.features(Transliterator.arabicLetters(words[0]), true));
            gold.add(g);
        }
        double[] w = {1, 0.3, 0.2, 0.2, 0, 1, 0.5};
        double bestObjective = objective(features, gold, new RerankWeights(w));
        double[] grid = {-1, -0.75, -0.5, -0.3, -0.2, -0.1, -0.05, 0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5,
            0.75, 1, 1.5, 2, 3};
        int[] searched = {1, 2, 4, 6};
        for (int round = 0; round < 4; round++) {
            boolean improved = false;
            for (int d : searched) {
                for (double g : grid) {
                    if (d == 2 && g < 0) {
                        continue;
                    }
                    double[] trial = w.clone();
                    trial[d] = g;
                    trial[3] = trial[2];
                    double o = objective(features, gold, new RerankWeights(trial));
                    if (o > bestObjective + 1e-9) {
                        bestObjective = o;
                        w = trial;
                        improved = true;
                    }
                }
            }
            log.printf(Locale.ROOT, "tuning round %d: objective %.4f weights %s%n",
                    round + 1, bestObjective, new RerankWeights(w));
            if (!improved) {
                break;
            }
        }
        return new RerankWeights(w);
    }

    /** The model with reranking weights tuned on {@code dev} (see {@link #tune}). */
    public Transliterator tuned(Transliterator model, Pairs dev) {
        return model.withWeights(tune(model, dev));
    }

    private static double objective(List<Map<String, double[]>> features, List<String> gold, RerankWeights w) {
        int top1 = 0;
        int top5 = 0;
        for (int i = 0; i < features.size(); i++) {
            List<Transliterator.Candidate> ranked = Transliterator.rank(features.get(i), w);
            for (int r = 0; r < ranked.size() && r < 5; r++) {
                if (ranked.get(r).english().equals(gold.get(i))) {
                    top5++;
                    if (r == 0) {
                        top1++;
                    }
                    break;
                }
            }
        }
        return (top1 + 0.1 * top5) / features.size();
    }

    static String cleanEnglish(String s) {
        String lower = s.trim().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetter(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
