package org.arabicner.ner;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.arabicner.text.ArabicNormalizer;

/**
 * Word-level features a tagger looks up for each token: a distributional word cluster (learnt
 * from unlabeled text) and a gazetteer class (which name lists the word occurs in, e.g.
 * {@code LOC} or {@code LOC|PERS}). Keys are {@link ArabicNormalizer#normalize normalised} words.
 *
 * <p>File format (gzip, UTF-8): {@code word<TAB>cluster<TAB>gazetteer}, {@code -} for none.
 * Immutable and thread-safe.
 */
public final class WordFeatureLexicon {

    private static final String NONE = "-";

    private final Map<String, String> clusters;
    private final Map<String, String> gazetteer;

    public WordFeatureLexicon(Map<String, String> clusters, Map<String, String> gazetteer) {
        this.clusters = Map.copyOf(clusters);
        this.gazetteer = Map.copyOf(gazetteer);
    }

    public static WordFeatureLexicon empty() {
        return new WordFeatureLexicon(Map.of(), Map.of());
    }

    /** The lookup key of a word (segmenter form or original text). */
    public static String key(String word) {
        return ArabicNormalizer.normalize(word);
    }

    public Optional<String> cluster(String word) {
        return Optional.ofNullable(clusters.get(key(word)));
    }

    public Optional<String> gazetteer(String word) {
        return Optional.ofNullable(gazetteer.get(key(word)));
    }

    public boolean hasClusters() {
        return !clusters.isEmpty();
    }

    public boolean hasGazetteer() {
        return !gazetteer.isEmpty();
    }

    public int size() {
        return clusters.size() + gazetteer.size();
    }

    public static WordFeatureLexicon read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word feature lexicon " + file, e);
        }
    }

    public static WordFeatureLexicon read(InputStream gz) throws IOException {
        Map<String, String> clusters = new HashMap<>();
        Map<String, String> gaz = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] cols = line.split("\t", -1);
                if (cols.length < 3) {
                    continue;
                }
                if (!cols[1].equals(NONE)) {
                    clusters.put(cols[0], cols[1]);
                }
                if (!cols[2].equals(NONE)) {
                    gaz.put(cols[0], cols[2]);
                }
            }
        }
        return new WordFeatureLexicon(clusters, gaz);
    }

    /** Writes the lexicon sorted by word, so the file is reproducible. */
    public void write(Path file) {
        Map<String, String[]> rows = new TreeMap<>();
        clusters.forEach((w, c) -> rows.computeIfAbsent(w, k -> new String[] {NONE, NONE})[0] = c);
        gazetteer.forEach((w, g) -> rows.computeIfAbsent(w, k -> new String[] {NONE, NONE})[1] = g);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            for (Map.Entry<String, String[]> e : rows.entrySet()) {
                out.write(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write word feature lexicon " + file, e);
        }
    }
}
