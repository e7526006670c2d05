package org.arabicner.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.arabicner.ArabicNer;
import org.arabicner.batch.BatchOptions;
import org.arabicner.batch.BatchRunner;
import org.arabicner.batch.BatchSummary;
import org.arabicner.batch.SafeAnnotator;
import org.arabicner.ingest.Article;
import org.arabicner.ingest.ArticleInput;
import org.arabicner.ingest.ArticleReader;
import org.arabicner.output.CorpusOutput;
import org.arabicner.output.CsvSchema;
import org.arabicner.output.SpreadsheetSafe;
import org.arabicner.output.TableNames;
import org.arabicner.query.EntityStore;
import org.arabicner.store.CorpusIndexer;

/**
 * Fuzzes the whole batch with inputs a hostile or careless user could give: random Unicode
 * (any plane, lone surrogates, controls, bidi marks, emoji), Arabic with noise, runs of
 * punctuation, long words, formula-like, path-like, long and duplicate ids, malformed and
 * odd JSON, empty and whitespace-only articles, binary, invalid UTF-8 and UTF-16 files. The
 * inputs (seeded, so a failure can be replayed) go through {@link BatchRunner} with the real
 * pipeline into a temporary directory; then every invariant the README promises is checked:
 * <ol>
 *   <li>the batch finishes without an exception escaping;</li>
 *   <li>every input has exactly one {@code articles.csv} row, in input order;</li>
 *   <li>every mention's offsets cut its text from the article as read;</li>
 *   <li>every entity name has a letter;</li>
 *   <li>every {@code ok} article has its table file;</li>
 *   <li>the corpus store builds and counts every distinct article id;</li>
 *   <li>nothing is printed on stderr by the pipeline (CoreNLP's "Untokenizable" lines).</li>
 * </ol>
 * Not thread-safe (it redirects {@code System.err} while the batch runs).
 */
public final class HostileInputFuzz {

    /** What a fuzz run found. */
    public record Report(int inputs, long ok, long errors, int violations, List<String> examples,
                         Map<String, Integer> kinds, Duration wall) {

        public String format() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "fuzz: %,d inputs (%s) → %,d ok, %,d error rows; %d invariant violations in %.0f s%n",
                    inputs, kinds, ok, errors, violations, wall.toMillis() / 1000.0));
            for (String e : examples) {
                b.append("  violation: ").append(e).append(System.lineSeparator());
            }
            return b.toString();
        }
    }

    private final ArabicNer ner;
    private final int threads;

    public HostileInputFuzz(ArabicNer ner, int threads) {
        this.ner = ner;
        this.threads = threads;
    }

    private static final String[] WORDS = {"الموصل", "بغداد", "وقال", "الرئيس", "رايان", "ديلون", "في", "من",
        "الولايات", "المتحدة", "داعش", "والرقة", "أردوغان", "تنظيم", "الدولة", "الإسلامية", "دمشق", "أنقرة",
        "الكولونيل", "وزير", "الخارجية", "ـــ", "َُ", "١٢٣", "2017", "Mosul", "."};
    private static final String[] NASTY = {"\uD800", "\uDC00", "\u0000", "\u0007", "\u001B", "\u200B", "\u200E",
        "\u202E", "\uFEFF", "\uFFFD", "\uFFFF", "\uE000", "\uD83D\uDE00", "\uD835\uDD38", "\u0085", "\u2028", "\t",
        "\r\n", "\n\n", "\"", "\\", "'", ",", "=", "+", "-", "@", "ﷺ", "\u0301", "\u00A0"};

    /** Runs {@code inputs} fuzz inputs from {@code seed} in {@code work} (which it fills). */
    public Report run(int inputs, long seed, Path work) throws IOException {
        long t0 = System.nanoTime();
        SplittableRandom rnd = new SplittableRandom(seed);
        Path in = Files.createDirectories(work.resolve("in"));
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        List<StringBuilder> jsonl = new ArrayList<>();
        for (int f = 0; f < 10; f++) {
            jsonl.add(new StringBuilder());
        }
        int written = 0;
        for (int i = 0; i < inputs; i++) {
            int kind = rnd.nextInt(100);
            if (kind < 8) {
                String k = writeFile(in.resolve(String.format(Locale.ROOT, "f%06d.txt", i)), rnd);
                kinds.merge(k, 1, Integer::sum);
            } else {
                StringBuilder b = jsonl.get(i % jsonl.size());
                kinds.merge(jsonLine(b, i, rnd), 1, Integer::sum);
            }
            written++;
        }
        for (int f = 0; f < jsonl.size(); f++) {
            Files.writeString(in.resolve(String.format(Locale.ROOT, "z%02d.jsonl", f)), jsonl.get(f),
                    StandardCharsets.UTF_8);
        }

        Path out = work.resolve("out");
        List<String> violations = new ArrayList<>();
        PrintStream err = System.err;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        BatchSummary summary = null;
        try {
            System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
            try (CorpusOutput output = CorpusOutput.open(out, false, false)) {
                summary = new BatchRunner(ner, new BatchOptions(threads, false, false, false,
                        new SafeAnnotator.Limits(SafeAnnotator.Limits.DEFAULT_MAX_CHARS, Duration.ofSeconds(120))),
                        (PrintWriter) null).run(ArticleReader.of(List.of(in)), output);
            }
        } catch (RuntimeException | IOException e) {
            violations.add("the batch threw " + e);
        } finally {
            System.setErr(err);
        }
        if (stray.size() > 0) {
            String s = stray.toString(StandardCharsets.UTF_8);
            violations.add("the pipeline printed on stderr: " + s.substring(0, Math.min(200, s.length())));
        }
        if (summary != null) {
            check(in, out, written, violations);
        }
        return new Report(written, summary == null ? 0 : summary.articles(), summary == null ? 0 : summary.errors().size(),
                violations.size(), violations.subList(0, Math.min(10, violations.size())), kinds,
                Duration.ofNanos(System.nanoTime() - t0));
    }

    private static void check(Path in, Path out, int inputs, List<String> violations) throws IOException {
        List<String> expectedIds = new ArrayList<>();
        Map<String, String> textById = new HashMap<>();
        for (ArticleInput a : ArticleReader.of(List.of(in))) {
            expectedIds.add(a.id());
            if (a instanceof Article art) {
                textById.putIfAbsent(art.id(), art.text());
            }
        }
        if (expectedIds.size() != inputs) {
            violations.add("the reader saw " + expectedIds.size() + " articles in " + inputs + " inputs");
        }
        List<CSVRecord> rows = read(out.resolve(CsvSchema.ARTICLES_FILE));
        List<String> ids = rows.stream().map(r -> SpreadsheetSafe.restore(r.get("article_id"))).toList();
        if (!ids.equals(expectedIds)) {
            violations.add("articles.csv has " + ids.size() + " rows for " + expectedIds.size()
                    + " inputs, or not in input order");
        }
        for (CSVRecord r : rows) {
            String id = SpreadsheetSafe.restore(r.get("article_id"));
            if (r.get("status").equals("ok") && !Files.exists(out.resolve("tables").resolve(TableNames.fileName(id)))) {
                violations.add("no table file for " + id);
            }
        }
        for (CSVRecord m : read(out.resolve(CsvSchema.MENTIONS_FILE))) {
            String text = textById.get(SpreadsheetSafe.restore(m.get("article_id")));
            int start = Integer.parseInt(m.get("start"));
            int end = Integer.parseInt(m.get("end"));
            if (text == null || start < 0 || end > text.length() || start >= end
                    || !SpreadsheetSafe.neutralise(text.substring(start, end)).equals(m.get("text"))) {
                violations.add("mention " + m.toList() + " does not cut its text from the article");
            }
        }
        for (CSVRecord e : read(out.resolve(CsvSchema.ENTITIES_FILE))) {
            if (e.get("name_ar").codePoints().noneMatch(Character::isLetter)) {
                violations.add("entity without a letter in its name: " + e.toList());
            }
        }
        CorpusIndexer.index(out);
        try (EntityStore store = EntityStore.open(out)) {
            long stored = ((Number) store.sql("SELECT count(*) FROM articles").rows().get(0).get(0)).longValue();
            long distinct = expectedIds.stream().distinct().count();
            if (stored != distinct) {
                violations.add("the store holds " + stored + " articles for " + distinct + " distinct ids");
            }
        }
    }

    private static List<CSVRecord> read(Path p) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(p, StandardCharsets.UTF_8)).getRecords();
    }

    /** Writes one hostile {@code .txt} file; returns its kind. */
    private static String writeFile(Path p, SplittableRandom rnd) throws IOException {
        int k = rnd.nextInt(6);
        switch (k) {
            case 0 -> {
                byte[] b = new byte[1 + rnd.nextInt(300)];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) rnd.nextInt(256);
                }
                Files.write(p, b);
                return "binary file";
            }
            case 1 -> {
                byte[] body = text(rnd).getBytes(StandardCharsets.UTF_8);
                byte[] b = java.util.Arrays.copyOf(body, body.length + 2);
                b[body.length] = (byte) 0xC3; // a truncated two-byte sequence, then ASCII
                b[body.length + 1] = 'x';
                Files.write(p, b);
                return "invalid UTF-8 file";
            }
            case 2 -> {
                byte[] body = ArticleReader.replaceLoneSurrogates(text(rnd)).getBytes(StandardCharsets.UTF_16LE);
                byte[] b = new byte[body.length + 2];
                b[0] = (byte) 0xFF;
                b[1] = (byte) 0xFE;
                System.arraycopy(body, 0, b, 2, body.length);
                Files.write(p, b);
                return "UTF-16 file";
            }
            case 3 -> {
                Files.writeString(p, rnd.nextBoolean() ? "" : " \u00A0\n\u200B\t");
                return "empty file";
            }
            default -> {
                Files.writeString(p, ArticleReader.replaceLoneSurrogates(text(rnd)), StandardCharsets.UTF_8);
                return "text file";
            }
        }
    }

    /** Appends one hostile JSONL line; returns its kind. */
    private static String jsonLine(StringBuilder b, int i, SplittableRandom rnd) {
        int k = rnd.nextInt(100);
        String id = "j" + i;
        String kind;
        String line;
        if (k < 5) {
            line = "{\"id\": \"" + id + "\", " + garbage(rnd);
            kind = "malformed JSON";
        } else if (k < 8) {
            String[] odd = {"[1, 2]", "\"a string\"", "42", "{\"text\": \"في\"}", "{\"id\": \"" + id + "\"}",
                "{\"id\": null, \"text\": \"x\"}", "{\"id\": \"" + id + "\", \"text\": {\"nested\": 1}}",
                "{\"id\": [1], \"text\": \"x\"}", "{\"id\": \"" + id + "\", \"text\": 12}"};
            line = odd[rnd.nextInt(odd.length)];
            kind = "odd JSON";
        } else if (k < 13) {
            line = obj(id, rnd.nextBoolean() ? "" : " \u00A0\u3000\u200B\\n ");
            kind = "empty text";
        } else if (k < 23) {
            String[] ids = {"=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3", "\tx",
                "a/b", "a\\b", "a_b", "../../etc/passwd", "CON", ".hidden", "x".repeat(300),
                "عاجل " + "مقتل عشرات المدنيين في غارات ".repeat(8), "\uD800" + i, "e\u0301" + i};
            line = obj(ids[rnd.nextInt(ids.length)] + "#" + i, text(rnd));
            kind = "hostile id";
        } else if (k < 26) {
            line = obj("dup" + rnd.nextInt(20), text(rnd));
            kind = "maybe duplicate id";
        } else if (k < 29) {
            StringBuilder s = new StringBuilder("في الموصل ");
            s.append(rnd.nextBoolean() ? "ب".repeat(200 + rnd.nextInt(1800)) : "؟!،.:".repeat(40 + rnd.nextInt(360)));
            line = obj(id, s.toString());
            kind = "long word or punctuation run";
        } else if (k < 44) {
            StringBuilder s = new StringBuilder();
            int n = rnd.nextInt(120);
            for (int c = 0; c < n; c++) {
                int cp = rnd.nextInt(10) < 2 ? 0xD800 + rnd.nextInt(0x800) : rnd.nextInt(0x110000);
                s.appendCodePoint(cp);
            }
            line = obj(id, s.toString());
            kind = "random code points";
        } else {
            line = obj(id, text(rnd));
            kind = "Arabic with noise";
        }
        b.append(line).append('\n');
        return kind;
    }

    /** Arabic words with nasty characters mixed in. */
    private static String text(SplittableRandom rnd) {
        StringBuilder s = new StringBuilder();
        int n = 1 + rnd.nextInt(30);
        for (int w = 0; w < n; w++) {
            s.append(rnd.nextInt(6) == 0 ? NASTY[rnd.nextInt(NASTY.length)] : WORDS[rnd.nextInt(WORDS.length)]);
            s.append(rnd.nextInt(8) == 0 ? "" : " ");
        }
        return s.toString();
    }

    private static String garbage(SplittableRandom rnd) {
        String[] g = {"\"text\": \"unterminated", "\"text\": \"x\" trailing", "\"text\": 'single'", "text: \"x\"}",
            "\"text\": \"\\x41\"}", "\"text\": \"x\",,}", "}"};
        return g[rnd.nextInt(g.length)];
    }

    private static String obj(String id, String text) {
        return "{\"id\": " + jsonString(id) + ", \"text\": " + jsonString(text) + "}";
    }

    /** A JSON string literal; every non-ASCII char and control char as a \\u escape (lone surrogates survive). */
    public static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
