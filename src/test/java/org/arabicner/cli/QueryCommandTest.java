package org.arabicner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.arabicner.store.CorpusFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class QueryCommandTest {

    @TempDir
    static Path tmp;
    static Path out;

    /** What one command run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static Run run(Object command, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = ArnerCommand.configure(new CommandLine(command));
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        int exit = cl.execute(args);
        return new Run(exit, o.toString(), e.toString());
    }

    @BeforeAll
    static void index() throws IOException {
        out = CorpusFixture.copyTo(tmp.resolve("out"));
        Run r = run(new IndexCommand(), out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("indexed 6 articles, 26 article entities (15 corpus entities)"), r.out());
    }

    /**
     * The cells of a table line, cut at the terminal columns of the dash groups of the rule
     * line under the header; padding kept, so alignment shows.
     */
    static List<String> cells(String rule, String line) {
        List<int[]> spans = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-+").matcher(rule);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()}); // the rule is ASCII: index = column
        }
        List<String> out = new java.util.ArrayList<>();
        for (int[] span : spans) {
            StringBuilder cell = new StringBuilder();
            int col = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int w = DisplayWidth.of(cp);
                if (col >= span[0] && col + w <= span[1] && (w > 0 || col > span[0] || cell.length() > 0)) {
                    cell.appendCodePoint(cp);
                }
                col += w;
                i += Character.charCount(cp);
            }
            out.add(cell.toString());
        }
        return out;
    }

    @Test
    void nameLookupPrintsAnAlignedTable() {
        Run r = run(new QueryCommand(), out.toString(), "--name", "والموصل");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertEquals(List.of("entity_id", "type", "name_en", "name_ar", "articles", "mentions", "kb_id", "types"),
                cells(lines.get(1), lines.get(0)).stream().map(String::strip).toList());
        List<String> row = cells(lines.get(1), lines.get(2));
        assertEquals(List.of("KB0001", "LOC", "Mosul", "الموصل", "3", "4", "KB0001", "LOC"),
                row.stream().map(String::strip).toList());
        assertTrue(row.get(2).startsWith("Mosul") && row.get(3).endsWith("الموصل") && row.get(4).endsWith("3"),
                "English left, Arabic and numbers right: " + row);
    }

    @Test
    void arabicColumnsAreRightAlignedByDisplayWidth() {
        Run r = run(new QueryCommand(), out.toString(), "--type", "PERS", "--top", "10");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(6, lines.size(), r.out());
        List<String> names = lines.subList(2, lines.size()).stream()
                .map(l -> cells(lines.get(1), l).get(3)).toList();
        assertEquals(List.of("رايان ديلون", "بشار الأسد", "أيمن الظواهري", "حيدر العبادي"),
                names.stream().map(String::strip).toList());
        for (String n : names) {
            assertTrue(!n.endsWith(" ") && DisplayWidth.of(n) == DisplayWidth.of(names.get(2)),
                    "right-aligned to one edge: '" + n + "'");
        }
        assertTrue(lines.get(2).contains("Ryan Dillon"), lines.get(2));
    }

    @Test
    void cooccurringAsCsv() throws IOException {
        Run r = run(new QueryCommand(), out.toString(), "--cooccurring", "Ryan Dillon", "--limit", "3", "--csv");
        assertEquals(0, r.exit(), r.err());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.out())).getRecords();
        assertEquals(3, rows.size());
        assertEquals(List.of("KB0001", "KB0005", "KB0006"), rows.stream().map(x -> x.get("entity_id")).toList());
        assertEquals("2", rows.get(0).get("shared"));
        assertEquals("LOC|ORG", rows.get(2).get("types"));
        assertTrue(r.out().contains("\r\n"), "RFC 4180 line ends");
    }

    @Test
    void articlesAndSqlAsJson() {
        Run r = run(new QueryCommand(), out.toString(), "--articles", "ديلون", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonArray a = JsonParser.parseString(r.out()).getAsJsonArray();
        assertEquals(2, a.size());
        JsonObject first = a.get(0).getAsJsonObject();
        assertEquals("000_1b8f06fc3ce38c5b", first.get("article_id").getAsString());
        assertEquals(2, first.get("mentions").getAsInt());
        assertEquals("رايان ديلون", first.getAsJsonArray("surface_forms").get(0).getAsString());

        Run sql = run(new QueryCommand(), out.toString(), "--sql",
                "SELECT type, count(*) AS n FROM entities GROUP BY type ORDER BY n DESC, type", "--json");
        assertEquals(0, sql.exit(), sql.err());
        JsonArray rows = JsonParser.parseString(sql.out()).getAsJsonArray();
        assertEquals("LOC", rows.get(0).getAsJsonObject().get("type").getAsString());
        assertEquals(7, rows.get(0).getAsJsonObject().get("n").getAsInt());
    }

    @Test
    void inArticleListAndSummary() {
        Run r = run(new QueryCommand(), out.toString(), "--in-article", "a004", "--min-mentions", "2", "--csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals(3, r.out().lines().count(), r.out()); // header + Islamic State + al-Zawahiri
        Run s = run(new QueryCommand(), out.toString());
        assertEquals(0, s.exit(), s.err());
        assertTrue(s.out().lines().anyMatch(l -> l.matches("corpus entities\\s+15")), s.out());
    }

    @Test
    void anUnindexedCorpusIsAnErrorUnlessReindexIsAsked() throws IOException {
        Path fresh = CorpusFixture.copyTo(tmp.resolve("fresh"));
        Run refused = run(new QueryCommand(), fresh.toString(), "--name", "Mosul");
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("./arner index"), refused.err());
        assertTrue(!Files.exists(fresh.resolve("corpus.duckdb")), "query must not write the store");
        Run reindexed = run(new QueryCommand(), fresh.toString(), "--reindex", "--name", "Mosul", "--json");
        assertEquals(0, reindexed.exit(), reindexed.err());
        assertTrue(reindexed.out().contains("Mosul"), reindexed.out());
    }

    @Test
    void errorsAreOneLineWithExitCodes() {
        Run missing = run(new QueryCommand(), tmp.resolve("nope").toString(), "--name", "x");
        assertEquals(2, missing.exit());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().contains("nope"));

        Run badType = run(new QueryCommand(), out.toString(), "--type", "CITY", "--top", "3");
        assertEquals(2, badType.exit());
        assertTrue(badType.err().contains("PERS, LOC, ORG or MISC"), badType.err());

        Run twoQuestions = run(new QueryCommand(), out.toString(), "--name", "x", "--top", "3");
        assertEquals(2, twoQuestions.exit());

        Run unknown = run(new QueryCommand(), out.toString(), "--cooccurring", "Xyzzy");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("no entity named 'Xyzzy'"), unknown.err());

        Run badSql = run(new QueryCommand(), out.toString(), "--sql", "SELECT * FROM nowhere");
        assertEquals(1, badSql.exit());
        assertEquals(1, badSql.err().lines().count(), badSql.err());

        Run noMatch = run(new QueryCommand(), out.toString(), "--name", "Xyzzy", "--json");
        assertEquals(0, noMatch.exit());
        assertEquals("[]", noMatch.out().trim());
    }

    @Test
    void indexCommandUsageErrors() throws IOException {
        Run none = run(new IndexCommand(), tmp.resolve("nothing").toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("nothing"), none.err());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Run noCsv = run(new IndexCommand(), empty.toString());
        assertEquals(2, noCsv.exit());
        assertTrue(noCsv.err().contains("entities.csv"), noCsv.err());
    }
}
