package org.arabicner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.arabicner.output.OutputDirectory;
import org.arabicner.output.TableNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per row of issue 9's table: a corpus of files a user did not write goes through the
 * real command line once (models loaded once), and each test checks what its row broke.
 */
class HostileInputTest {

    @TempDir
    static Path dir;
    static Path in;
    static Path out;
    static CliRun run;
    static String coreNlpStderr;
    static Map<String, CSVRecord> articles;

    static final String LONG_NAME = "عاجل مقتل عشرات المدنيين في غارات على الموصل والرقة وسط تحذيرات دولية من كارثة"
            + " انسانية"; // ~ 150 chars, ~270 UTF-8 bytes: over the 255-byte file-name limit with ".csv"
    static final List<String> FORMULA_IDS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+cmd", "@SUM(A1)", "-2+3");
    static final List<String> PATH_IDS = List.of("a/b", "a\\b", "a_b");

    private static String jsonl(String id, String text) {
        return "{\"id\":" + json(id) + ",\"text\":" + json(text) + "}\n";
    }

    private static String json(String s) {
        return new com.google.gson.Gson().toJson(s);
    }

    @BeforeAll
    static void runTheBatchOnHostileInput() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        out = dir.resolve("out");
        String sentence = "وقال الناطق في بغداد إن القوات دخلت الموصل.";
        Files.writeString(in.resolve("a-first.txt"), sentence);
        Files.writeString(in.resolve(LONG_NAME + ".txt"), sentence);
        StringBuilder lines = new StringBuilder();
        lines.append(jsonl("long:" + LONG_NAME, sentence));
        // a lone surrogate, written as the JSON escape a producer might emit
        lines.append("{\"id\":\"surrogate\",\"text\":\"في بغداد \\ud800 والموصل\"}\n");
        for (String id : FORMULA_IDS) {
            lines.append(jsonl(id, "في " + (id.length() % 2 == 0 ? "دمشق" : "بغداد") + "."));
        }
        lines.append(jsonl("a/b", "في دمشق."));
        lines.append(jsonl("a\\b", "في بغداد."));
        lines.append(jsonl("a_b", "في الموصل."));
        lines.append(jsonl("huge-word", "في الموصل " + "ب".repeat(20_000) + " و"));
        lines.append(jsonl("punctuation", "في الموصل " + "؟!،.:".repeat(2_000)));
        lines.append(jsonl("emoji", "\uD83D\uDE00 في بغداد \u200B\uE000"));
        lines.append(jsonl("blank", "\u00A0\u200B \u3000"));
        lines.append("{\"id\": \"broken\", \"text\": \"x\" trailing garbage}\n");
        Files.writeString(in.resolve("z-batch.jsonl"), lines);
        byte[] body = "قال ديلون في الموصل.".getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[body.length + 2];
        utf16[0] = (byte) 0xFF;
        utf16[1] = (byte) 0xFE;
        System.arraycopy(body, 0, utf16, 2, body.length);
        Files.write(in.resolve("utf16.txt"), utf16);

        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            run = CliRun.of("run", in.toString(), "--out", out.toString(), "--threads", "2", "--quiet");
        } finally {
            System.setErr(err);
        }
        coreNlpStderr = captured.toString(StandardCharsets.UTF_8);
        articles = new LinkedHashMap<>();
        for (CSVRecord r : csv(out.resolve("articles.csv"))) {
            articles.put(r.get("article_id"), r);
        }
    }

    static List<CSVRecord> csv(Path p) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(p, StandardCharsets.UTF_8)).getRecords();
    }

    private static String status(String id) {
        CSVRecord r = articles.get(id);
        return r == null ? "no row" : r.get("status");
    }

    @Test
    void headlineLongNamesAndIdsDoNotAbortTheBatch() {
        assertEquals(1, run.status(), run.err()); // some articles are bad on purpose
        assertEquals("ok", status(LONG_NAME));
        assertEquals("ok", status("long:" + LONG_NAME));
        for (String id : List.of(LONG_NAME, "long:" + LONG_NAME)) {
            assertTrue(Files.exists(out.resolve("tables").resolve(TableNames.fileName(id))), id);
        }
        assertTrue(Files.exists(out.resolve("corpus.duckdb")));
    }

    @Test
    void aLoneSurrogateIsAnnotatedNotLost() {
        assertEquals("ok", status("surrogate"));
        assertEquals(17, articles.size(), "every input line and file has exactly one row: " + articles.keySet());
        assertTrue(run.err().contains("errors"), run.err());
    }

    @Test
    void sqlCannotTouchFilesTheNetworkOrSettings() throws IOException {
        Path written = dir.resolve("leak.csv");
        CliRun copy = CliRun.of("query", out.toString(), "--sql", "COPY articles TO '" + out.resolve("articles.csv") + "'");
        assertEquals(1, copy.status());
        assertEquals(articles.size(), csv(out.resolve("articles.csv")).size(), "the corpus's CSVs are untouched");
        CliRun passwd = CliRun.of("query", out.toString(), "--sql", "SELECT * FROM read_csv('/etc/passwd')");
        assertEquals(1, passwd.status());
        assertFalse(passwd.out().contains("root"), passwd.out());
        assertEquals(1, CliRun.of("query", out.toString(), "--sql", "ATTACH '" + written + "' AS x").status());
        assertEquals(1, CliRun.of("query", out.toString(), "--sql", "INSTALL httpfs").status());
        assertEquals(1, CliRun.of("query", out.toString(), "--sql", "LOAD httpfs").status());
        assertFalse(Files.exists(written));
        assertEquals(0, CliRun.of("query", out.toString(), "--sql", "SELECT count(*) FROM articles").status());
    }

    @Test
    void aSecondRunOnTheSameOutFailsAtOnceNamingTheHolder() {
        Path busy = dir.resolve("busy");
        try (OutputDirectory holder = OutputDirectory.claim(busy, OutputDirectory.Mode.FRESH, 0)) {
            long t0 = System.nanoTime();
            CliRun second = CliRun.of("run", in.toString(), "--out", busy.toString());
            assertEquals(2, second.status(), second.err());
            assertTrue(second.err().contains("another arner run is writing to")
                    && second.err().contains("pid " + ProcessHandle.current().pid()), second.err());
            assertTrue(System.nanoTime() - t0 < 3_000_000_000L, "refused before the models load");
        }
    }

    @Test
    void formulaIdsAreNeutralisedInTheCsvsAndRawInTheStore() throws IOException {
        for (String id : FORMULA_IDS) {
            assertEquals("ok", status("'" + id), id);
        }
        for (String f : List.of("entities.csv", "mentions.csv")) {
            for (CSVRecord r : csv(out.resolve(f))) {
                assertFalse(r.get("article_id").matches("(?s)^[=+\\-@\t\r].*"), f + ": " + r.get("article_id"));
            }
        }
        CliRun store = CliRun.of("query", out.toString(), "--sql",
                "SELECT article_id FROM articles WHERE article_id IN ('=HYPERLINK(\"http://x\",\"y\")', '+cmd', '@SUM(A1)', '-2+3')"
                        + " ORDER BY article_id", "--json");
        assertEquals(0, store.status(), store.err());
        assertEquals(4, com.google.gson.JsonParser.parseString(store.out()).getAsJsonArray().size(), store.out());
    }

    @Test
    void idsThatLookAlikeAsFileNamesKeepTheirOwnTables() throws IOException {
        Set<String> names = new java.util.HashSet<>();
        for (String id : PATH_IDS) {
            assertEquals("ok", status(id), id);
            Path table = out.resolve("tables").resolve(TableNames.fileName(id));
            assertTrue(names.add(table.getFileName().toString()), id);
            List<CSVRecord> rows = csv(table);
            assertFalse(rows.isEmpty(), id);
            assertTrue(rows.stream().allMatch(r -> r.get("article_id").equals(id)), id);
        }
    }

    @Test
    void absurdTokensAreNeverEntities() throws IOException {
        assertEquals("ok", status("huge-word"));
        assertEquals("ok", status("punctuation"));
        for (CSVRecord r : csv(out.resolve("entities.csv"))) {
            assertTrue(r.get("name_ar").codePoints().anyMatch(Character::isLetter), "a name without letters: " + r);
            assertTrue(r.get("name_ar").length() <= 150, "an absurd name in " + r.get("article_id"));
            if (List.of("punctuation", "huge-word").contains(r.get("article_id"))) {
                assertEquals("الموصل", r.get("name_ar"), "only the real name of " + r.get("article_id"));
            }
        }
    }

    @Test
    void outProblemsAreUsageErrorsInWordsBeforeTheModelsLoad() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        long t0 = System.nanoTime();
        CliRun onFile = CliRun.of("run", in.toString(), "--out", file.toString());
        assertEquals(2, onFile.status());
        assertTrue(onFile.err().contains("is a file, not a directory"), onFile.err());
        CliRun under = CliRun.of("run", in.toString(), "--out", file.resolve("sub").toString());
        assertEquals(2, under.status());
        assertTrue(under.err().contains("cannot create --out"), under.err());
        assertFalse(under.err().contains(".journal"), under.err());
        assertTrue(System.nanoTime() - t0 < 3_000_000_000L, "refused before the models load");
    }

    @Test
    void aFreshRunOverOldOutputRefusesInsteadOfMixing() throws IOException {
        String before = Files.readString(out.resolve("articles.csv"));
        CliRun again = CliRun.of("run", in.toString(), "--out", out.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("--overwrite") && again.err().contains("--resume"), again.err());
        assertEquals(before, Files.readString(out.resolve("articles.csv")));
        assertTrue(Files.exists(out.resolve("corpus.duckdb")) && Files.isDirectory(out.resolve("tables")));
        assertEquals(2, CliRun.of("run", in.toString(), "--out", out.toString(), "--resume", "--overwrite").status());
    }

    @Test
    void badArticleLimitsAreRefusedNamingTheOption() {
        CliRun negative = CliRun.of("run", in.toString(), "--out", out.resolveSibling("limits").toString(),
                "--time-limit", "-1");
        assertEquals(2, negative.status());
        assertTrue(negative.err().contains("--time-limit must be 0 (no limit) or more seconds, was -1"), negative.err());
        CliRun zero = CliRun.of("run", in.toString(), "--out", out.resolveSibling("limits").toString(),
                "--max-chars", "0");
        assertEquals(2, zero.status());
        assertTrue(zero.err().contains("--max-chars must be at least 1, was 0"), zero.err());
        assertFalse(Files.exists(out.resolveSibling("limits")), "nothing written");
    }

    @Test
    void smallerThings() throws IOException {
        assertEquals("ok", status("utf16"), "UTF-16 with a byte-order mark is read");
        assertTrue(articles.get("blank").get("error").contains("empty article"), "whitespace-only is an error");
        String broken = articles.get("z-batch:14").get("error");
        assertTrue(broken.contains("malformed JSON") && !broken.contains("JsonReader") && !broken.contains("Strictness"),
                broken);
        assertFalse(coreNlpStderr.contains("Untokenizable"), coreNlpStderr);
        assertEquals("ok", status("emoji"));
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            Set<PosixFilePermission> store = Files.getPosixFilePermissions(out.resolve("corpus.duckdb"));
            for (String f : List.of("entities.csv", "mentions.csv", "articles.csv")) {
                assertEquals(store, Files.getPosixFilePermissions(out.resolve(f)), f);
            }
            assertEquals(store, Files.getPosixFilePermissions(out.resolve("tables").resolve(TableNames.fileName("a_b"))));
        }
        List<String> order = new ArrayList<>(articles.keySet());
        // files sorted by path (Arabic after Latin), then the JSONL lines in order
        assertEquals(List.of("a-first", "utf16", "long:" + LONG_NAME, "surrogate"), order.subList(0, 4), "rows in input order");
        assertEquals(LONG_NAME, order.get(order.size() - 1));
    }
}
