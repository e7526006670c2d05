package org.arabicner.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.arabicner.text.EntityType;

/**
 * A gold set of entity tables ({@code docs/eval/tables-gold.jsonl}, format in
 * {@code docs/eval/GUIDELINE.md}): one JSON object per article that locates the article in a corpus
 * of {@code ../shared/data} and lists the entities a careful reader finds in it. The gold holds no
 * article text; {@link #texts} reads it from the corpus and checks each article's SHA-256 prefix.
 *
 * @param articles the gold articles in file order
 */
public record TableGold(List<GoldArticle> articles) {

    /** One annotated article. */
    public record GoldArticle(String id, String corpus, int index, String sha256, String split, String topic,
                              List<GoldEntity> entities) {
        public GoldArticle {
            entities = List.copyOf(entities);
        }
    }

    /**
     * One entity a reader lists: its type, fullest Arabic name, every surface form (without clitics
     * and titles) and the acceptable English names, preferred first.
     */
    public record GoldEntity(EntityType type, String nameAr, List<String> forms, List<String> nameEn) {
        public GoldEntity {
            forms = List.copyOf(forms);
            nameEn = List.copyOf(nameEn);
        }
    }

    public TableGold {
        articles = List.copyOf(articles);
    }

    /** Reads a gold file; a malformed line fails naming the file, the line and what is wrong. */
    public static TableGold read(Path file) {
        List<GoldArticle> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = file + " line " + (i + 1);
            GoldArticle a;
            try {
                a = parse(JsonParser.parseString(line).getAsJsonObject());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage()
                        + " (each line is one JSON object as docs/eval/GUIDELINE.md describes)", e);
            }
            Integer before = seen.putIfAbsent(a.id(), i + 1);
            if (before != null) {
                throw new IllegalArgumentException(where + ": article " + a.id() + " already annotated on line "
                        + before + "; keep one line per article");
            }
            out.add(a);
        }
        return new TableGold(out);
    }

    private static GoldArticle parse(JsonObject o) {
        String id = string(o, "id");
        int index = o.has("index") ? o.get("index").getAsInt() : -1;
        if (index < 0) {
            throw new IllegalArgumentException("missing or negative \"index\"");
        }
        String split = string(o, "split");
        if (!split.equals("dev") && !split.equals("test") && !split.equals("train")) {
            throw new IllegalArgumentException("\"split\" is \"" + split
                    + "\"; use \"dev\" or \"test\" (or \"train\" in training annotations)");
        }
        List<GoldEntity> entities = new ArrayList<>();
        JsonArray list = o.has("entities") ? o.getAsJsonArray("entities") : new JsonArray();
        for (JsonElement e : list) {
            JsonObject eo = e.getAsJsonObject();
            String nameAr = string(eo, "name_ar");
            List<String> forms = strings(eo, "forms");
            if (forms.isEmpty()) {
                forms = List.of(nameAr);
            }
            entities.add(new GoldEntity(EntityType.parse(string(eo, "type")), nameAr, forms, strings(eo, "name_en")));
        }
        return new GoldArticle(id, string(o, "corpus"), index, string(o, "sha256").toLowerCase(Locale.ROOT),
                split, o.has("topic") ? o.get("topic").getAsString() : "", entities);
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull() || e.getAsString().isBlank()) {
            throw new IllegalArgumentException("missing \"" + key + "\"");
        }
        return e.getAsString().strip();
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        if (o.has(key) && o.get(key).isJsonArray()) {
            for (JsonElement e : o.getAsJsonArray(key)) {
                if (!e.getAsString().isBlank()) {
                    out.add(e.getAsString().strip());
                }
            }
        }
        return out;
    }

    /** The articles of one split ({@code dev}, {@code test} or {@code train}), or all when {@code split} is null. */
    public TableGold split(String split) {
        if (split == null) {
            return this;
        }
        return new TableGold(articles.stream().filter(a -> a.split().equals(split)).toList());
    }

    /**
     * The text of every gold article, by id in gold order, read from the corpora under
     * {@code dataRoot}. Fails naming the article and the fix when a corpus is missing, too short or
     * its article's SHA-256 prefix differs from the gold's (the corpus changed).
     */
    public Map<String, String> texts(Path dataRoot) {
        Map<String, TreeMap<Integer, GoldArticle>> byCorpus = new LinkedHashMap<>();
        for (GoldArticle a : articles) {
            byCorpus.computeIfAbsent(a.corpus(), c -> new TreeMap<>()).put(a.index(), a);
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (Map.Entry<String, TreeMap<Integer, GoldArticle>> c : byCorpus.entrySet()) {
            Path corpus = dataRoot.resolve(c.getKey());
            if (!Files.isRegularFile(corpus)) {
                throw new IllegalStateException("corpus " + corpus + " not found: put the shared corpora at "
                        + "../shared/data beside the project, or set ARNER_DATA");
            }
            Map<Integer, String> texts = articlesAt(corpus, c.getValue().keySet());
            for (GoldArticle a : c.getValue().values()) {
                String text = texts.get(a.index());
                if (text == null) {
                    throw new IllegalStateException("article " + a.id() + ": " + corpus + " has fewer than "
                            + (a.index() + 1) + " articles; the gold was made for another version of it");
                }
                String sha = sha256Prefix(text, a.sha256().length());
                if (!sha.equals(a.sha256())) {
                    throw new IllegalStateException("article " + a.id() + ": text at index " + a.index() + " of "
                            + corpus + " has sha256 " + sha + ", the gold says " + a.sha256()
                            + "; the corpus changed or the locator is wrong");
                }
            }
            for (GoldArticle a : c.getValue().values()) {
                found.put(a.id(), texts.get(a.index()));
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (GoldArticle a : articles) {
            ordered.put(a.id(), found.get(a.id()));
        }
        return ordered;
    }

    /**
     * The articles of a corpus file (UTF-8 lines, gzipped when the name ends in {@code .gz}) at the
     * given 0-based indices. Lines that are empty after trimming separate articles; an article is a
     * maximal run of other lines joined with {@code \n}.
     */
    public static Map<Integer, String> articlesAt(Path corpus, java.util.Set<Integer> indices) {
        return articles(corpus, indices::contains, indices.stream().mapToInt(Integer::intValue).max().orElse(-1));
    }

    /** Every article of a corpus file, by 0-based index (as {@link #articlesAt}). */
    public static Map<Integer, String> allArticles(Path corpus) {
        return articles(corpus, index -> true, Integer.MAX_VALUE - 1);
    }

    private static Map<Integer, String> articles(Path corpus, java.util.function.IntPredicate wanted, int last) {
        Map<Integer, String> out = new TreeMap<>();
        try (var raw = Files.newInputStream(corpus);
             var in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int index = 0;
            StringBuilder cur = null;
            for (String line = r.readLine(); line != null && index <= last; line = r.readLine()) {
                if (line.trim().isEmpty()) {
                    if (cur != null) {
                        if (wanted.test(index)) {
                            out.put(index, cur.toString());
                        }
                        index++;
                        cur = null;
                    }
                    continue;
                }
                if (cur == null) {
                    cur = new StringBuilder(line);
                } else {
                    cur.append('\n').append(line);
                }
            }
            if (cur != null && wanted.test(index)) {
                out.put(index, cur.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + corpus + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The first {@code hexChars} hex digits of the SHA-256 of {@code text}'s UTF-8 bytes. */
    public static String sha256Prefix(String text, int hexChars) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(d);
            return hex.substring(0, Math.min(hex.length(), Math.max(1, hexChars)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
