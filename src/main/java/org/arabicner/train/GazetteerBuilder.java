package org.arabicner.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.arabicner.kb.KbEntry;
import org.arabicner.kb.KbSource;
import org.arabicner.kb.KnowledgeBaseBuilder;
import org.arabicner.text.ArabicNormalizer;
import org.arabicner.text.Names;

/**
 * Derives per-word gazetteer classes from the shared name lists at training time: country names
 * ({@code countries/countries.json}) and GeoNames city names ({@code geonames/cities15000.txt})
 * as {@code LOC}, ANETAC name parts ({@code anetac/named-entities-without-heldout.txt}) as
 * {@code PERS}, {@code LOC} or {@code ORG}.
 *
 * <p>Countries and GeoNames are read by {@link KnowledgeBaseBuilder}, with its filters (Arabic
 * spellings only, GeoNames spellings that are common words or shorter than three letters
 * dropped), so the tagger's gazetteer and the knowledge base behind linking and the dictionary
 * back-off see the same names. Every word of a name ({@link Names#arabicWords}) gets the name's
 * class (a "sloppy" gazetteer); a word in several lists gets all classes joined by {@code |}.
 * Stop words and one-letter words are left out. Not thread-safe.
 */
public final class GazetteerBuilder {

    private final Path dataRoot;
    private final List<String> sources;
    private final Map<String, Set<String>> classes = new HashMap<>();
    private Set<String> stopwords = Set.of();

    public GazetteerBuilder(Path dataRoot, List<String> sources) {
        this.dataRoot = dataRoot;
        this.sources = List.copyOf(sources);
    }

    public Map<String, String> build() {
        try {
            stopwords = readStopwords();
            Set<KbSource> kbSources = new HashSet<>();
            for (String source : sources) {
                switch (source.trim()) {
                    case "countries" -> kbSources.add(KbSource.COUNTRY);
                    case "geonames" -> kbSources.add(KbSource.GEONAMES);
                    case "anetac" -> anetac();
                    default -> throw new IllegalArgumentException("unknown gazetteer source '" + source
                            + "' (expected countries, geonames or anetac)");
                }
            }
            knowledgeBaseNames(kbSources);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer sources under " + dataRoot, e);
        }
        Map<String, String> out = new HashMap<>();
        classes.forEach((w, c) -> out.put(w, String.join("|", new TreeSet<>(c))));
        return out;
    }

    private Set<String> readStopwords() throws IOException {
        Path f = dataRoot.resolve(KnowledgeBaseBuilder.STOPWORDS_FILE);
        Set<String> s = new HashSet<>();
        if (Files.exists(f)) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String w = ArabicNormalizer.normalize(line);
                if (!w.isEmpty()) {
                    s.add(w);
                }
            }
        }
        return s;
    }

    /** The names of the knowledge base's countries and GeoNames places, read as {@code ./arner kb build} reads them. */
    private void knowledgeBaseNames(Set<KbSource> kbSources) throws IOException {
        if (kbSources.isEmpty()) {
            return;
        }
        KnowledgeBaseBuilder kb = new KnowledgeBaseBuilder();
        Path stopwordFile = dataRoot.resolve(KnowledgeBaseBuilder.STOPWORDS_FILE);
        if (Files.exists(stopwordFile)) {
            kb.readCommonWords(stopwordFile);
        }
        if (kbSources.contains(KbSource.COUNTRY)) {
            kb.readCountries(dataRoot.resolve(KnowledgeBaseBuilder.COUNTRIES_FILE));
        }
        if (kbSources.contains(KbSource.GEONAMES)) {
            kb.readGeoNames(dataRoot.resolve(KnowledgeBaseBuilder.GEONAMES_FILE));
        }
        for (KbEntry e : kb.build()) {
            for (String name : e.namesAr()) {
                addName(name, e.type().name());
            }
        }
    }

    private void anetac() throws IOException {
        try (BufferedReader in = Files.newBufferedReader(dataRoot.resolve("anetac/named-entities-without-heldout.txt"),
                StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] cols = line.strip().split("\\s+", 2);
                if (cols.length < 2) {
                    continue;
                }
                String type = switch (cols[0]) {
                    case "PERSON" -> "PERS";
                    case "LOCATION" -> "LOC";
                    case "ORGANIZATION" -> "ORG";
                    default -> null;
                };
                if (type == null) {
                    continue;
                }
                StringBuilder arabic = new StringBuilder();
                for (String w : cols[1].split("\\s+")) {
                    if (isArabicName(w)) {
                        arabic.append(w).append(' ');
                    }
                }
                addName(arabic.toString(), type);
            }
        }
    }

    static boolean isArabicName(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ArabicNormalizer.isArabicLetter(c)) {
                letter = true;
            } else if (c != ' ' && c != '-' && !(c >= '\u064B' && c <= '\u0655')) {
                return false;
            }
        }
        return letter;
    }

    private void addName(String name, String type) {
        for (String w : Names.arabicWords(name).split(" ")) {
            if (w.length() >= 2 && !stopwords.contains(w)) {
                classes.computeIfAbsent(w, k -> new HashSet<>()).add(type);
            }
        }
    }
}
