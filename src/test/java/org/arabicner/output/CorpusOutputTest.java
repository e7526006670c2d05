package org.arabicner.output;

import static org.arabicner.testing.Texts.annotate;
import static org.arabicner.testing.Texts.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.arabicner.ArticleEntities;
import org.arabicner.resolve.EntityResolver;
import org.arabicner.resolve.KbLookup;
import org.arabicner.resolve.NameTransliterator;
import org.arabicner.resolve.Titles;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusOutputTest {

    @TempDir
    Path out;

    private static ArticleEntities article(String id, String text, String... locations) {
        EntityResolver r = new EntityResolver(Titles.standard(), KbLookup.none(), NameTransliterator.none());
        List<org.arabicner.ner.Mention> ms = java.util.Arrays.stream(locations)
                .map(l -> mention(text, l, 0, EntityType.LOC)).toList();
        return new ArticleEntities(id, text, text.split(" ").length, r.resolve(id, annotate(text), ms));
    }

    private static List<CSVRecord> read(Path p) throws IOException {
        String s = Files.readString(p, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(s))
                .getRecords();
    }

    @Test
    void writesTheThreeCsvsAndTheTables() throws IOException {
        try (CorpusOutput o = CorpusOutput.open(out, false, false)) {
            o.write(article("a1", "في \"الموصل\", والرقة.", "الموصل", "الرقة"), "a1.txt");
            o.writeError("bad", "bad.txt", -1, "bad.txt: empty article");
            o.finish();
        }
        List<CSVRecord> entities = read(out.resolve("entities.csv"));
        assertEquals(2, entities.size());
        assertEquals("الموصل", entities.get(0).get("name_ar"));
        assertEquals("LOC", entities.get(1).get("type"));
        assertEquals(CsvSchema.ENTITIES, List.copyOf(readHeader(out.resolve("entities.csv"))));
        assertEquals(2, read(out.resolve("mentions.csv")).size());
        List<CSVRecord> articles = read(out.resolve("articles.csv"));
        assertEquals(List.of("ok", "error"), articles.stream().map(r -> r.get("status")).toList());
        assertEquals("bad.txt: empty article", articles.get(1).get("error"));
        assertEquals(2, read(out.resolve("tables/a1.csv")).size());
    }

    private static List<String> readHeader(Path p) throws IOException {
        return List.of(Files.readAllLines(p, StandardCharsets.UTF_8).get(0).replace("\uFEFF", "").split(","));
    }

    @Test
    void bomOptionStartsEveryFileWithTheMark() throws IOException {
        try (CorpusOutput o = CorpusOutput.open(out, false, true)) {
            o.write(article("a1", "في الموصل.", "الموصل"), "a1.txt");
            o.finish();
        }
        for (String f : List.of("entities.csv", "mentions.csv", "articles.csv", "tables/a1.csv")) {
            byte[] b = Files.readAllBytes(out.resolve(f));
            assertTrue((b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF, f);
        }
    }

    @Test
    void resumeKeepsCompletedArticlesDropsTornRowsAndDuplicatesNothing() throws IOException {
        try (CorpusOutput o = CorpusOutput.open(out, false, false)) {
            o.write(article("a1", "في الموصل.", "الموصل"), "a1.txt");
            o.writeError("a2", "a2.txt", 3, "a2.txt: failed");
        }
        // a run killed while writing a3: its entity rows are there, its article row is torn
        Path journal = out.resolve(CorpusOutput.JOURNAL);
        Files.writeString(journal.resolve("entities.csv"), "a3,LOC:x,LOC,x,,,,1,0,x,\n", StandardOpenOption.APPEND);
        Files.writeString(journal.resolve("articles.csv"), "a3,a3.txt,o", StandardOpenOption.APPEND);

        try (CorpusOutput o = CorpusOutput.open(out, true, false)) {
            assertEquals(java.util.Set.of("a1"), o.completed());
            o.write(article("a2", "في الرقة.", "الرقة"), "a2.txt");
            o.write(article("a3", "في العراق.", "العراق"), "a3.txt");
            o.finish();
        }
        List<String> ids = read(out.resolve("entities.csv")).stream().map(r -> r.get("article_id")).toList();
        assertEquals(List.of("a1", "a2", "a3"), ids);
        List<CSVRecord> articles = read(out.resolve("articles.csv"));
        assertEquals(List.of("a1", "a2", "a3"), articles.stream().map(r -> r.get("article_id")).toList());
        assertTrue(articles.stream().allMatch(r -> r.get("status").equals("ok")));
    }

    @Test
    void aFreshRunClearsEarlierResults() throws IOException {
        try (CorpusOutput o = CorpusOutput.open(out, false, false)) {
            o.write(article("old", "في الموصل.", "الموصل"), "old.txt");
            o.finish();
        }
        try (CorpusOutput o = CorpusOutput.open(out, false, false)) {
            o.write(article("new", "في الرقة.", "الرقة"), "new.txt");
            o.finish();
        }
        assertEquals(List.of("new"), read(out.resolve("articles.csv")).stream().map(r -> r.get("article_id")).toList());
        assertTrue(Files.notExists(out.resolve("tables/old.csv")));
    }

    @Test
    void unsafeIdsMakeSafeTableNames() throws IOException {
        try (CorpusOutput o = CorpusOutput.open(out, false, false)) {
            assertTrue(o.tablePath("a/b:c").getFileName().toString().matches("a_b_c~[0-9a-f]{16}\\.csv"));
            assertTrue(o.tablePath(".").getFileName().toString().matches("_~[0-9a-f]{16}\\.csv"));
        }
    }

    @Test
    void aHeadlineLongIdIsWrittenNotFatal() throws IOException {
        String id = "عاجل: " + "مقتل عشرات المدنيين في غارات على الموصل والرقة ".repeat(5); // ~ 440 UTF-8 bytes
        try (CorpusOutput o = CorpusOutput.open(out, false, false)) {
            o.write(article(id, "في الموصل.", "الموصل"), "long.jsonl:1");
            o.finish();
        }
        assertEquals(List.of(id), read(out.resolve("articles.csv")).stream().map(r -> r.get("article_id")).toList());
        Path table = out.resolve("tables").resolve(TableNames.fileName(id));
        assertTrue(Files.exists(table));
        assertTrue(table.getFileName().toString().getBytes(StandardCharsets.UTF_8).length < 130);
    }

    @Test
    void idsThatSanitiseAlikeGetDistinctTables() throws IOException {
        try (CorpusOutput o = CorpusOutput.open(out, false, false)) {
            o.write(article("a/b", "في الموصل.", "الموصل"), "1");
            o.write(article("a\\b", "في الرقة.", "الرقة"), "2");
            o.write(article("a_b", "في العراق.", "العراق"), "3");
            o.finish();
        }
        try (var files = Files.list(out.resolve("tables"))) {
            assertEquals(3, files.count());
        }
        assertEquals("العراق", read(out.resolve("tables/a_b.csv")).get(0).get("name_ar"));
    }

    @Test
    void formulaLikeCellsAreNeutralisedInEveryCsv() throws IOException {
        List<String> ids = List.of("=HYPERLINK(\"http://x\")", "+cmd", "@SUM(A1)", "-2+3", "'=x", "ok");
        try (CorpusOutput o = CorpusOutput.open(out, false, false)) {
            for (String id : ids) {
                o.write(article(id, "في الموصل.", "الموصل"), id + ".txt");
            }
            o.finish();
        }
        List<String> written = read(out.resolve("articles.csv")).stream().map(r -> r.get("article_id")).toList();
        assertEquals(List.of("'=HYPERLINK(\"http://x\")", "'+cmd", "'@SUM(A1)", "'-2+3", "''=x", "ok"), written);
        for (String f : List.of("entities.csv", "mentions.csv")) {
            assertTrue(read(out.resolve(f)).stream().allMatch(r -> "ok".equals(r.get("article_id"))
                    || r.get("article_id").startsWith("'")), f);
        }
        assertEquals("'=HYPERLINK(\"http://x\")", read(out.resolve("tables").resolve(
                TableNames.fileName(ids.get(0)))).get(0).get("article_id"));
        assertEquals(ids, written.stream().map(SpreadsheetSafe::restore).toList());
        // numbers stay numbers
        assertTrue(read(out.resolve("mentions.csv")).stream().allMatch(r -> r.get("start").matches("[0-9]+")));
    }
}
