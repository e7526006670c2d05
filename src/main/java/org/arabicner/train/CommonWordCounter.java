package org.arabicner.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.arabicner.text.ArabicNormalizer;

/**
 * Learns from unlabeled text which one-word names are also common words. A proper name keeps one
 * shape: {@code تونس} is never {@code التونس}, {@code الموصل} rarely loses its article. A common
 * word inflects: {@code صور} ("pictures") is as often {@code الصور}, {@code مالي} ("financial") is
 * often {@code المالي}, {@code الثورة} ("the revolution") is often {@code ثورة}, and each takes
 * pronoun suffixes ({@code صورها}). For every name the counter reads the corpus once and counts
 * the words (as written, or after a proclitic ب ل ك) that spell the name as listed ({@code asName}) and those
 * that spell it with its definiteness flipped, in the other gender of an adjective of relation
 * ({@code العربية} / {@code العربي}) or with a pronoun or plural suffix ({@code inflected});
 * a high inflected share marks a common word.
 *
 * <p>Counting how often the CRF tags each occurrence would be the direct measure, but the
 * segmenter runs at about a hundred tokens a second on a shared machine: 9.6M words would take a
 * day. Not thread-safe; one instance per count.
 */
public final class CommonWordCounter {

    private static final String AL = "\u0627\u0644";
    /** Suffixes a name does not take: pronouns, plural and dual endings (normalised spelling). */
    private static final List<String> SUFFIXES = List.of("ها", "هم", "هما", "هن", "كم", "نا", "ات", "ين", "ون", "ان");

    /** Counts of one name. */
    public record Count(long asName, long inflected) {
        public double inflectedShare() {
            long all = asName + inflected;
            return all == 0 ? 0.0 : (double) inflected / all;
        }
    }

    /** core (without article) -> the names being counted with that core and whether they are definite. */
    private final Map<String, List<String>> byCore = new HashMap<>();
    /** inflected form -> names it inflects. */
    private final Map<String, Set<String>> inflections = new HashMap<>();
    private final Map<String, long[]> counts = new TreeMap<>();

    /** @param names one-word names, normalised ({@link ArabicNormalizer#normalize}) */
    public CommonWordCounter(Set<String> names) {
        for (String n : names) {
            if (n.contains(" ") || n.length() < 3) {
                continue;
            }
            counts.put(n, new long[2]);
            boolean definite = n.startsWith(AL) && n.length() > 4;
            String core = definite ? n.substring(2) : n;
            byCore.computeIfAbsent(core, k -> new ArrayList<>()).add(n);
            inflections.computeIfAbsent(definite ? core : AL + core, k -> new HashSet<>()).add(n);
            if (core.endsWith("يه") && core.length() > 4) {
                addInflection(core.substring(0, core.length() - 1), n, definite); // العربية → العربي
            } else if (core.endsWith("ي") && core.length() > 3) {
                addInflection(core + "ه", n, definite); // مالي → مالية
            }
            String stem = core.endsWith("ه") ? core.substring(0, core.length() - 1) + "ت" : core; // صورة → صورته
            for (String s : SUFFIXES) {
                inflections.computeIfAbsent(stem + s, k -> new HashSet<>()).add(n);
                inflections.computeIfAbsent(core + s, k -> new HashSet<>()).add(n);
            }
        }
    }

    /** The adjective's other gender, with and without the article, inflects the name {@code n}. */
    private void addInflection(String core, String n, boolean definite) {
        inflections.computeIfAbsent(core, k -> new HashSet<>()).add(n);
        inflections.computeIfAbsent(AL + core, k -> new HashSet<>()).add(n);
    }

    /** Counts the words of a text file (gzipped when its name ends in .gz). */
    public CommonWordCounter read(Path corpus) {
        try (var raw = Files.newInputStream(corpus);
             var in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                addLine(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + corpus + ": " + e.getMessage(), e);
        }
        return this;
    }

    void addLine(String line) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (ArabicNormalizer.isArabicLetter(c) || (c >= '\u064B' && c <= '\u0655') || c == '\u0640') {
                word.append(c);
            } else if (word.length() > 0) {
                addWord(ArabicNormalizer.normalize(word));
                word.setLength(0);
            }
        }
    }

    private void addWord(String w) {
        Set<String> asName = new HashSet<>();
        Set<String> inflected = new HashSet<>();
        for (String s : stems(w)) {
            if (counts.containsKey(s)) {
                asName.add(s);
            }
            Set<String> of = inflections.get(s);
            if (of != null) {
                inflected.addAll(of);
            }
        }
        for (String n : asName) {
            counts.get(n)[0]++;
        }
        for (String n : inflected) {
            if (!asName.contains(n)) {
                counts.get(n)[1]++;
            }
        }
    }

    /**
     * The word and its stem after ب/ل/ك (لل read as ل + ال). The conjunctions و and ف are not
     * stripped: too many common words begin with them (ورقة "paper" would count as رقة).
     */
    static List<String> stems(String w) {
        List<String> out = new ArrayList<>(2);
        out.add(w);
        if (w.length() > 4 && w.startsWith("لل")) {
            out.add(AL + w.substring(2));
        } else if (w.length() > 3 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل' || w.charAt(0) == 'ك')) {
            out.add(w.substring(1));
        }
        return out;
    }

    /** Counts by name, names sorted. */
    public Map<String, Count> counts() {
        Map<String, Count> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, new Count(v[0], v[1])));
        return out;
    }
}
