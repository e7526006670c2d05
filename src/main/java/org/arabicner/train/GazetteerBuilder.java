package org.arabicner.train;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
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
import org.arabicner.text.ArabicNormalizer;

/**
 * Derives per-word gazetteer classes from the shared name lists at training time: country names
 * ({@code countries/countries.json}) and GeoNames city names in Arabic script
 * ({@code geonames/cities15000.txt}) as {@code LOC}, ANETAC name parts
 * ({@code anetac/named-entities-without-heldout.txt}) as {@code PERS}, {@code LOC} or {@code ORG}.
 * Every word of a name gets the name's class (a "sloppy" gazetteer); a word in several lists gets
 * all classes joined by {@code |}. Stop words and one-letter words are left out. Not thread-safe.
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
            for (String source : sources) {
                switch (source.trim()) {
                    case "countries" -> countries();
                    case "geonames" -> geonames();
                    case "anetac" -> anetac();
                    default -> throw new IllegalArgumentException("unknown gazetteer source '" + source
                            + "' (expected countries, geonames or anetac)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer sources under " + dataRoot, e);
        }
        Map<String, String> out = new HashMap<>();
        classes.forEach((w, c) -> out.put(w, String.join("|", new TreeSet<>(c))));
        return out;
    }

    private Set<String> readStopwords() throws IOException {
        Path f = dataRoot.resolve("stopwords/list.txt");
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

    private void countries() throws IOException {
        try (Reader r = Files.newBufferedReader(dataRoot.resolve("countries/countries.json"), StandardCharsets.UTF_8)) {
            JsonArray all = JsonParser.parseReader(r).getAsJsonArray();
            for (JsonElement e : all) {
                JsonObject ara = e.getAsJsonObject().getAsJsonObject("translations").getAsJsonObject("ara");
                if (ara != null) {
                    addName(ara.get("common").getAsString(), "LOC");
                    addName(ara.get("official").getAsString(), "LOC");
                }
            }
        }
    }

    private void geonames() throws IOException {
        try (BufferedReader in = Files.newBufferedReader(dataRoot.resolve("geonames/cities15000.txt"),
                StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] cols = line.split("\t", -1);
                if (cols.length < 4) {
                    continue;
                }
                for (String alt : cols[3].split(",")) {
                    if (isArabicName(alt)) {
                        addName(alt, "LOC");
                    }
                }
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
        for (String w : ArabicNormalizer.normalize(name.replace('-', ' ')).split(" ")) {
            if (w.length() >= 2 && !stopwords.contains(w)) {
                classes.computeIfAbsent(w, k -> new HashSet<>()).add(type);
            }
        }
    }
}
