package org.arabicner.translit;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.arabicner.text.ArabicNormalizer;

/**
 * Learned Arabic-to-English transliteration of names.
 *
 * <p>A word is normalised with {@link ArabicNormalizer}, then decoded by a joint
 * source-channel model ({@link JointSequenceModel}, {@link TransliterationDecoder}) into an
 * n-best list of English spellings. The list is reranked by a linear combination of features:
 * the joint log-probability, the log-probability under a second joint model built on a
 * one-letter segmentation of the Arabic, an English character n-gram model of names, the frequency of the spelling in
 * an English name list, how often it was seen as an English name in training, and how often it
 * was seen paired with this very Arabic spelling (the model's memory: remembered forms are
 * always among the candidates and get a bonus, but a much likelier spelling can still win,
 * since the training pairs hold rare variants too).
 * Multi-word names are transliterated part by part and capitalised.
 *
 * <p>Thread-safe. The model is immutable after loading; the only mutable state is a bounded cache
 * of the best readings of name parts (a concurrent map), because decoding costs about 10 ms a part
 * and news repeats names heavily. Trained by {@link TransliteratorTrainer}.
 */
public final class Transliterator {

    /** File name of the shipped model under {@code models/} and the classpath. */
    public static final String MODEL_FILE = "translit.bin.gz";
    static final String RESOURCE = "/org/arabicner/models/" + MODEL_FILE;
    private static final int MAGIC = 0x41544C32; // "ATL2"

    /** Decoder settings. */
    static final int BEAM = 48;
    static final int NBEST = 30;
    static final int UNITS_PER_CHUNK = 40;

    private final JointSequenceModel joint;
    private final JointSequenceModel letterJoint;
    private final TransliterationDecoder decoder;
    private final TransliterationDecoder letterDecoder;
    private final NgramModel english;
    private final Map<String, Integer> nameCounts;
    private final Map<String, Integer> trainEnglishCounts;
    private final Map<String, Map<String, Integer>> memory;
    private final RerankWeights weights;
    /** Best readings of name parts already seen, up to {@link #CACHED_READINGS} each. */
    private final Map<String, List<Scored>> partCache = new java.util.concurrent.ConcurrentHashMap<>();
    static final int CACHED_READINGS = 10;
    static final int CACHE_PARTS = 50_000;

    /**
     * @param joint the main joint-sequence model, which proposes the candidates
     * @param letterJoint a second joint-sequence model over a one-letter Arabic segmentation,
     *     which scores them again (a two-model ensemble)
     */
    Transliterator(JointSequenceModel joint, JointSequenceModel letterJoint, NgramModel english,
                   Map<String, Integer> nameCounts, Map<String, Map<String, Integer>> memory,
                   RerankWeights weights) {
        this.joint = joint;
        this.letterJoint = letterJoint;
        this.english = english;
        this.nameCounts = Map.copyOf(nameCounts);
        Map<String, Map<String, Integer>> mem = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : memory.entrySet()) {
            mem.put(e.getKey(), Map.copyOf(e.getValue()));
            e.getValue().forEach((en, c) -> seen.merge(en, c, Integer::sum));
        }
        this.memory = Map.copyOf(mem);
        this.trainEnglishCounts = Map.copyOf(seen);
        this.weights = weights;
        this.decoder = joint.decoder(UNITS_PER_CHUNK);
        this.letterDecoder = letterJoint.decoder(UNITS_PER_CHUNK);
    }

    /** Loads the model shipped on the classpath. */
    public static Transliterator loadDefault() {
        try (InputStream in = Transliterator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("transliteration model " + RESOURCE
                        + " is not on the classpath: build with models/" + MODEL_FILE + " present");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Loads a model written by {@link #save}. */
    public static Transliterator load(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        }
    }

    /** Best-first English readings of an Arabic name (one word or several), at most {@code k}. */
    public List<String> transliterate(String arabicName, int k) {
        String[] parts = ArabicNormalizer.normalize(arabicName).split(" ");
        List<Scored> combined = List.of(new Scored("", 0.0));
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            List<Scored> options = rankPart(part, Math.max(k, 1));
            if (options.isEmpty()) {
                continue;
            }
            List<Scored> next = new ArrayList<>();
            for (Scored left : combined) {
                for (int r = 0; r < options.size(); r++) {
                    Scored o = options.get(r);
                    // rank-based combination: the sum of ranks orders the product list
                    next.add(new Scored(left.text.isEmpty() ? o.text : left.text + " " + o.text,
                            left.score - r));
                }
            }
            next.sort(Comparator.comparingDouble(Scored::score).reversed());
            combined = next.size() > k ? next.subList(0, k) : next;
        }
        List<String> out = new ArrayList<>();
        for (Scored s : combined) {
            if (!s.text.isEmpty()) {
                out.add(s.text);
            }
        }
        return out;
    }

    /** The best English reading, or the empty string when nothing can be read. */
    public String best(String arabicName) {
        List<String> r = transliterate(arabicName, 1);
        return r.isEmpty() ? "" : r.get(0);
    }

    /** Alias of {@link #best}: a multi-word name, part by part, capitalised. */
    public String transliterateName(String arabicName) {
        return best(arabicName);
    }

    private record Scored(String text, double score) {
    }

    /** Ranked, capitalised readings of one name part. */
    private List<Scored> rankPart(String part, int k) {
        if (k > CACHED_READINGS) {
            return decodePart(part, k);
        }
        List<Scored> cached = partCache.get(part);
        if (cached == null) {
            cached = List.copyOf(decodePart(part, CACHED_READINGS));
            if (partCache.size() >= CACHE_PARTS) {
                partCache.clear(); // crude bound: a rebuilt cache costs a few seconds of decoding
            }
            partCache.put(part, cached);
        }
        return cached.subList(0, Math.min(k, cached.size()));
    }

    private List<Scored> decodePart(String part, int k) {
        String letters = arabicLetters(part);
        if (letters.isEmpty()) {
            return part.isBlank() ? List.of() : List.of(new Scored(capitalise(part), 0));
        }
        List<Candidate> ranked = candidates(letters);
        List<Scored> out = new ArrayList<>();
        for (int i = 0; i < ranked.size() && out.size() < k; i++) {
            out.add(new Scored(capitalise(ranked.get(i).english()), ranked.get(i).score()));
        }
        return out;
    }

    /** One English candidate for a word, with its features and final score. */
    record Candidate(String english, double[] features, boolean remembered, double score) {
    }

    /** All candidates for one normalised Arabic word, best first. */
    List<Candidate> candidates(String letters) {
        return rank(features(letters, true), weights);
    }

    /** Feature vectors of the candidates of one word (unranked); memory forms when asked. */
    Map<String, double[]> features(String letters, boolean withMemory) {
        Map<String, Double> decoded = decoder.decode(letters, BEAM, null);
        List<Map.Entry<String, Double>> top = new ArrayList<>(decoded.entrySet());
        top.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        Map<String, Double> jointScores = new LinkedHashMap<>();
        for (int i = 0; i < top.size() && i < NBEST; i++) {
            jointScores.put(top.get(i).getKey(), top.get(i).getValue());
        }
        Map<String, Integer> remembered = withMemory ? memory.getOrDefault(letters, Map.of()) : Map.of();
        for (String e : remembered.keySet()) {
            if (!jointScores.containsKey(e)) {
                Double forced = decoder.decode(letters, BEAM, e).get(e);
                jointScores.put(e, forced != null ? forced : worst(jointScores.values()) - 5.0);
            }
        }
        Map<String, Double> letterScores = letterDecoder.decode(letters, BEAM, null);
        double letterFloor = worst(letterScores.values()) - 5.0;
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : jointScores.entrySet()) {
            String en = e.getKey();
            double[] f = new double[RerankWeights.FEATURES];
            f[0] = e.getValue();
            f[1] = english.logProbOfSequence(englishTokens(en));
            f[2] = Math.log1p(nameCounts.getOrDefault(en, 0));
            f[3] = Math.log1p(trainEnglishCounts.getOrDefault(en, 0));
            f[4] = en.length();
            f[5] = Math.log1p(remembered.getOrDefault(en, 0));
            Double letter = letterScores.get(en);
            if (letter == null) {
                letter = letterDecoder.decode(letters, BEAM, en).get(en);
            }
            f[6] = letter != null ? letter : letterFloor;
            out.put(en, f);
        }
        return out;
    }

    static List<Candidate> rank(Map<String, double[]> features, RerankWeights w) {
        List<Candidate> out = new ArrayList<>(features.size());
        for (Map.Entry<String, double[]> e : features.entrySet()) {
            double[] f = e.getValue();
            out.add(new Candidate(e.getKey(), f, f[5] > 0, w.score(f)));
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    private static double worst(Iterable<Double> scores) {
        double w = 0;
        for (double s : scores) {
            w = Math.min(w, s);
        }
        return w;
    }

    /** Tokens of the English character model: code point + 2 (0 and 1 are BOS and EOS). */
    static int[] englishTokens(String lowerCase) {
        int[] t = new int[lowerCase.length()];
        for (int i = 0; i < t.length; i++) {
            t[i] = Math.min(lowerCase.charAt(i), 0xFFFD) + 2;
        }
        return t;
    }

    /** The Arabic letters of a normalised word (digits, punctuation and marks dropped). */
    static String arabicLetters(String normalised) {
        StringBuilder b = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (ArabicNormalizer.isArabicLetter(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Writes the model (gzip-compressed binary). */
    public void save(Path path) throws IOException {
        try (OutputStream raw = Files.newOutputStream(path);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
            out.writeInt(MAGIC);
            weights.write(out);
            joint.write(out);
            letterJoint.write(out);
            english.write(out);
            out.writeInt(nameCounts.size());
            for (Map.Entry<String, Integer> e : nameCounts.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue());
            }
            out.writeInt(memory.size());
            for (Map.Entry<String, Map<String, Integer>> e : memory.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().size());
                for (Map.Entry<String, Integer> f : e.getValue().entrySet()) {
                    out.writeUTF(f.getKey());
                    out.writeInt(f.getValue());
                }
            }
        }
    }

    private static Transliterator read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a transliteration model (bad magic number)");
        }
        RerankWeights weights = RerankWeights.read(in);
        JointSequenceModel joint = JointSequenceModel.read(in);
        JointSequenceModel letterJoint = JointSequenceModel.read(in);
        NgramModel english = NgramModel.read(in);
        int names = in.readInt();
        Map<String, Integer> nameCounts = new HashMap<>(names * 2);
        for (int i = 0; i < names; i++) {
            nameCounts.put(in.readUTF(), in.readInt());
        }
        int mem = in.readInt();
        Map<String, Map<String, Integer>> memory = new HashMap<>(mem * 2);
        for (int i = 0; i < mem; i++) {
            String a = in.readUTF();
            int m = in.readInt();
            Map<String, Integer> forms = new HashMap<>();
            for (int j = 0; j < m; j++) {
                forms.put(in.readUTF(), in.readInt());
            }
            memory.put(a, forms);
        }
        return new Transliterator(joint, letterJoint, english, nameCounts, memory, weights);
    }

    /** True when the (single-word) Arabic spelling was seen in training. */
    public boolean remembers(String arabicWord) {
        return memory.containsKey(arabicLetters(ArabicNormalizer.normalize(arabicWord)));
    }

    /** This model with other reranking weights (used while tuning). */
    Transliterator withWeights(RerankWeights w) {
        return new Transliterator(joint, letterJoint, english, nameCounts, memory, w);
    }

    /** The reranking weights in use. */
    public RerankWeights weights() {
        return weights;
    }
}
