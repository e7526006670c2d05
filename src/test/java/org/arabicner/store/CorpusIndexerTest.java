package org.arabicner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Collectors;
import org.arabicner.output.CsvSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexerTest {

    @TempDir
    Path tmp;

    @Test
    void buildsEveryTableFromTheFixture() throws IOException {
        Path out = CorpusFixture.copyTo(tmp.resolve("out"));
        IndexReport r = CorpusIndexer.index(out);
        assertEquals(out.resolve("corpus.duckdb").toAbsolutePath(), r.database());
        assertTrue(Files.isRegularFile(r.database()));
        assertEquals(6, r.articles());
        assertEquals(26, r.articleEntities());
        assertEquals(15, r.corpusEntities());
        assertEquals(lines(out.resolve("mentions.csv")) - 1, r.mentions());
        assertTrue(r.nameKeys() > r.corpusEntities());
        assertTrue(CorpusIndexer.isCurrent(out));
        try (var files = Files.list(out)) {
            assertEquals(List.of("articles.csv", "corpus.duckdb", "entities.csv", "mentions.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()),
                    "no temporary or WAL files left behind");
        }
    }

    @Test
    void reindexAfterResumeRewroteAnArticleHasNoDuplicates() throws IOException {
        Path out = CorpusFixture.copyTo(tmp.resolve("out"));
        IndexReport first = CorpusIndexer.index(out);
        // An interrupted run resumed: article a004's rows were written a second time, and the
        // failed article a005 now succeeded.
        appendRowsOf(out.resolve("entities.csv"), "a004,");
        appendRowsOf(out.resolve("mentions.csv"), "a004,");
        Files.writeString(out.resolve("articles.csv"), "a005,in/a005.txt,ok,10,2,0,\n"
                + "a004,in/a004.txt,ok,300,52,6,\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        IndexReport second = CorpusIndexer.index(out);
        assertEquals(first.articles(), second.articles());
        assertEquals(first.articleEntities(), second.articleEntities());
        assertEquals(first.corpusEntities(), second.corpusEntities());
        assertEquals(first.mentions(), second.mentions());
        assertEquals(first.nameKeys(), second.nameKeys());
        try (org.arabicner.query.EntityStore store = org.arabicner.query.EntityStore.open(out)) {
            assertEquals("ok", store.sql("SELECT status FROM articles WHERE article_id = 'a005'").get(0, "status"),
                    "the article's ok row wins over its earlier error row");
            assertEquals(1L, ((Number) store.sql("SELECT count(*) AS n FROM article_entities"
                    + " WHERE article_id = 'a004' AND entity_id = 'KB0005'").get(0, "n")).longValue());
        }
        IndexReport third = CorpusIndexer.index(out);
        assertEquals(second.articleEntities(), third.articleEntities());
    }

    @Test
    void readsFilesThatStartWithAByteOrderMark() throws IOException {
        Path plain = CorpusFixture.copyTo(tmp.resolve("plain"));
        Path bom = CorpusFixture.copyTo(tmp.resolve("bom"));
        for (String f : CorpusFixture.FILES) {
            byte[] body = Files.readAllBytes(bom.resolve(f));
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);
            Files.write(bom.resolve(f), withBom);
        }
        IndexReport a = CorpusIndexer.index(plain);
        IndexReport b = CorpusIndexer.index(bom);
        assertEquals(a.articles(), b.articles());
        assertEquals(a.articleEntities(), b.articleEntities());
        assertEquals(a.mentions(), b.mentions());
        assertEquals(a.nameKeys(), b.nameKeys());
    }

    @Test
    void fallsBackToPerArticleTablesWithoutEntitiesCsv() throws IOException {
        Path out = CorpusFixture.copyTo(tmp.resolve("out"));
        List<String> rows = Files.readAllLines(out.resolve("entities.csv"));
        Files.createDirectories(out.resolve("tables"));
        for (String id : List.of("000_1b8f06fc3ce38c5b", "a002", "a003", "a004")) {
            List<String> mine = rows.stream().filter(l -> l.startsWith(id + ",")).toList();
            Files.writeString(out.resolve("tables").resolve(id + ".csv"),
                    rows.get(0) + "\n" + String.join("\n", mine) + "\n");
        }
        Files.delete(out.resolve("entities.csv"));
        IndexReport r = CorpusIndexer.index(out);
        assertEquals(26, r.articleEntities());
        assertEquals(15, r.corpusEntities());
    }

    @Test
    void staleWhenACsvIsNewerThanTheDatabase() throws IOException {
        Path out = CorpusFixture.copyTo(tmp.resolve("out"));
        assertFalse(CorpusIndexer.isCurrent(out));
        CorpusIndexer.index(out);
        assertTrue(CorpusIndexer.isCurrent(out));
        FileTime later = FileTime.fromMillis(
                Files.getLastModifiedTime(out.resolve("corpus.duckdb")).toMillis() + 5_000);
        Files.setLastModifiedTime(out.resolve("entities.csv"), later);
        assertFalse(CorpusIndexer.isCurrent(out));
    }

    @Test
    void failedBuildLeavesThePreviousDatabase() throws IOException {
        Path out = CorpusFixture.copyTo(tmp.resolve("out"));
        CorpusIndexer.index(out);
        byte[] before = Files.readAllBytes(out.resolve("corpus.duckdb"));
        Files.writeString(out.resolve("entities.csv"), "article_id,entity\nx,y\n");
        CorpusIndexException e = assertThrows(CorpusIndexException.class, () -> CorpusIndexer.index(out));
        assertTrue(e.getMessage().contains("entities.csv") && e.getMessage().contains("name_ar"),
                e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("corpus.duckdb"))));
    }

    @Test
    void headerOnlyFilesGiveAnEmptyCorpus() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(out.resolve("entities.csv"), String.join(",", CsvSchema.ENTITIES) + "\r\n");
        Files.writeString(out.resolve("mentions.csv"), "\uFEFF" + String.join(",", CsvSchema.MENTIONS) + "\n");
        Files.writeString(out.resolve("articles.csv"), String.join(",", CsvSchema.ARTICLES)
                + "\na1,in/a1.txt,error,0,0,0,\"timeout, after 60 s\"\n");
        IndexReport r = CorpusIndexer.index(out);
        assertEquals(1, r.articles());
        assertEquals(0, r.articleEntities());
        assertEquals(0, r.corpusEntities());
        assertEquals(0, r.mentions());
        try (org.arabicner.query.EntityStore store = org.arabicner.query.EntityStore.open(r.database())) {
            assertTrue(store.find("Mosul").isEmpty());
            assertEquals(1, store.summary().failedArticles());
            assertEquals("timeout, after 60 s", store.sql("SELECT error FROM articles").get(0, "error"));
        }
    }

    @Test
    void missingInputIsReportedWithTheFix() {
        CorpusIndexException e = assertThrows(CorpusIndexException.class,
                () -> CorpusIndexer.index(tmp.resolve("nowhere")));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
        CorpusIndexException empty = assertThrows(CorpusIndexException.class, () -> CorpusIndexer.index(tmp));
        assertTrue(empty.getMessage().contains("entities.csv"), empty.getMessage());
    }

    /**
     * The Spark job's output: each table a directory of part files (Parquet with typed and list
     * columns, or CSV) beside Spark's {@code _SUCCESS} and {@code .crc} files. Written here by
     * DuckDB from the fixture, so that this test needs no Spark.
     */
    @Test
    void sparkPartFilesIndexAsTheCsvsDo() throws Exception {
        Path csvOut = CorpusFixture.copyTo(tmp.resolve("csv"));
        IndexReport expected = CorpusIndexer.index(csvOut);
        for (boolean parquet : new boolean[] {true, false}) {
            Path out = tmp.resolve(parquet ? "parquet" : "csv-parts");
            try (var conn = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                 var st = conn.createStatement()) {
                for (String table : List.of(CorpusFiles.ENTITIES, CorpusFiles.MENTIONS, CorpusFiles.ARTICLES)) {
                    Path dir = Files.createDirectories(out.resolve(table));
                    Files.writeString(dir.resolve("_SUCCESS"), "");
                    Files.writeString(dir.resolve(".part-00000.crc"), "crc");
                    String source = "read_csv('" + csvOut.resolve(table + ".csv") + "', header = true)";
                    if (table.equals(CorpusFiles.ENTITIES)) {
                        source = "(SELECT * REPLACE (list_filter(string_split(coalesce(surface_forms, ''), '|'), v -> v <> '')"
                                + " AS surface_forms, list_filter(string_split(coalesce(titles, ''), '|'), v -> v <> '')"
                                + " AS titles) FROM " + source + ")";
                    }
                    st.execute(parquet
                            ? "COPY (SELECT * FROM " + source + ") TO '" + dir.resolve("part-00000-x.snappy.parquet") + "' (FORMAT parquet)"
                            : "COPY (SELECT * FROM read_csv('" + csvOut.resolve(table + ".csv") + "', header = true, all_varchar = true))"
                                    + " TO '" + dir.resolve("part-00000-x.csv") + "' (HEADER)");
                }
            }
            assertTrue(new CorpusFiles(out).hasCsv());
            IndexReport r = CorpusIndexer.index(out);
            assertEquals(List.of(expected.articles(), expected.articleEntities(), expected.corpusEntities(),
                    expected.mentions(), expected.nameKeys()),
                    List.of(r.articles(), r.articleEntities(), r.corpusEntities(), r.mentions(), r.nameKeys()),
                    parquet ? "parquet" : "csv parts");
            assertTrue(CorpusIndexer.isCurrent(out));
            try (org.arabicner.query.EntityStore a = org.arabicner.query.EntityStore.open(csvOut);
                 org.arabicner.query.EntityStore b = org.arabicner.query.EntityStore.open(out)) {
                assertEquals(a.find("Mosul"), b.find("Mosul"));
                assertEquals(a.sql("SELECT * FROM article_entities ORDER BY article_id, entity_id").rows(),
                        b.sql("SELECT * FROM article_entities ORDER BY article_id, entity_id").rows());
            }
        }
    }

    private static long lines(Path p) throws IOException {
        return Files.readAllLines(p).stream().filter(l -> !l.isBlank()).count();
    }

    private static void appendRowsOf(Path csv, String prefix) throws IOException {
        List<String> rows = Files.readAllLines(csv).stream().filter(l -> l.startsWith(prefix)).toList();
        assertFalse(rows.isEmpty());
        String nl = Files.readString(csv).contains("\r\n") ? "\r\n" : "\n";
        Files.writeString(csv, String.join(nl, rows) + nl, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
