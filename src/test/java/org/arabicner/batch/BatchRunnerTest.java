package org.arabicner.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arabicner.ArabicNer;
import org.arabicner.annotation.Token;
import org.arabicner.ingest.ArticleReader;
import org.arabicner.ner.TokenTag;
import org.arabicner.output.CorpusOutput;
import org.arabicner.resolve.EntityResolver;
import org.arabicner.resolve.KbLookup;
import org.arabicner.resolve.NameTransliterator;
import org.arabicner.resolve.Titles;
import org.arabicner.testing.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {

    @TempDir
    Path dir;

    /** Tags الموصل and الرقة as places; an article containing BOOM makes the annotator fail. */
    private static ArabicNer fakeNer() {
        return new ArabicNer(text -> {
            if (text.contains("BOOM")) {
                throw new IllegalStateException("segmenter exploded");
            }
            if (text.contains("ERROR")) {
                throw new Error("Error: could not match input"); // what CoreNLP throws on a lone surrogate
            }
            if (text.contains("OOM")) {
                throw new OutOfMemoryError("Java heap space");
            }
            if (text.contains("SLOWER")) {
                sleep(300);
            }
            return Texts.annotate(text);
        }, tokens -> {
            List<TokenTag> tags = new ArrayList<>();
            for (Token t : tokens) {
                boolean place = t.text().startsWith("الموصل") || t.text().startsWith("الرقة");
                tags.add(place ? new TokenTag("B-LOC", 0.8) : TokenTag.outside());
            }
            return tags;
        }, new EntityResolver(Titles.standard(), KbLookup.none(), NameTransliterator.none()));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private BatchSummary run(int threads, boolean resume, ByteArrayOutputStream log) throws IOException {
        try (CorpusOutput out = CorpusOutput.open(dir.resolve("out"), resume, false)) {
            return new BatchRunner(fakeNer(), new BatchOptions(threads, resume, false, true),
                    new PrintWriter(new java.io.OutputStreamWriter(log, StandardCharsets.UTF_8), true))
                    .run(ArticleReader.of(List.of(dir.resolve("in"))), out);
        }
    }

    @Test
    void badArticlesBecomeErrorRowsAndTheRestGoesOn() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 20; i++) {
            Files.writeString(dir.resolve("in/ok" + i + ".txt"), "من الموصل إلى الرقة " + i);
        }
        Files.writeString(dir.resolve("in/boom.txt"), "BOOM الموصل");
        Files.writeString(dir.resolve("in/empty.txt"), "");
        BatchSummary s = run(3, false, new ByteArrayOutputStream());
        assertEquals(20, s.articles());
        assertEquals(2, s.errors().size());
        assertEquals(40, s.entities());
        assertTrue(s.errors().stream().anyMatch(e -> e.contains("boom.txt") && e.contains("segmenter exploded")));
        List<String> rows = Files.readAllLines(dir.resolve("out/articles.csv"));
        assertEquals(23, rows.size());
        assertEquals(2, rows.stream().filter(r -> r.contains(",error,")).count());
        assertTrue(s.format().contains("2 errors"));
    }

    @Test
    void resumeSkipsCompletedArticlesWithoutDuplicateRows() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/a.txt"), "في الموصل");
        run(1, false, new ByteArrayOutputStream());
        Files.writeString(dir.resolve("in/b.txt"), "في الرقة");
        BatchSummary s = run(2, true, new ByteArrayOutputStream());
        assertEquals(1, s.articles());
        assertEquals(1, s.skipped());
        List<String> entities = Files.readAllLines(dir.resolve("out/entities.csv"));
        assertEquals(3, entities.size()); // header + a + b
    }

    private static List<org.apache.commons.csv.CSVRecord> csv(Path p) throws IOException {
        return org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(p, StandardCharsets.UTF_8)).getRecords();
    }

    @Test
    void anErrorThrownByTheAnnotatorStillEndsInOneRowAndIsCounted() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/a.txt"), "في الموصل");
        Files.writeString(dir.resolve("in/b.txt"), "ERROR في الرقة");
        Files.writeString(dir.resolve("in/c.txt"), "في الرقة");
        BatchSummary s = run(2, false, new ByteArrayOutputStream());
        assertEquals(2, s.articles());
        assertEquals(1, s.errors().size());
        assertTrue(s.errors().get(0).contains("b.txt") && s.errors().get(0).contains("could not match input"));
        List<org.apache.commons.csv.CSVRecord> rows = csv(dir.resolve("out/articles.csv"));
        assertEquals(List.of("a:ok", "b:error", "c:ok"), rows.stream().map(r -> r.get("article_id") + ":"
                + r.get("status")).toList());
    }

    @Test
    void outOfMemoryStopsTheBatchEveryArticleHasARowAndResumeFinishesIt() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/a.txt"), "في الموصل");
        Files.writeString(dir.resolve("in/b.txt"), "OOM");
        for (int i = 0; i < 30; i++) {
            Files.writeString(dir.resolve("in/c" + (100 + i) + ".txt"), "في الرقة " + i);
        }
        BatchSummary s = run(1, false, new ByteArrayOutputStream());
        assertTrue(s.stopReason() != null && s.stopReason().contains("out of memory"), String.valueOf(s.stopReason()));
        assertTrue(s.format().contains("--resume"), s.format());
        List<org.apache.commons.csv.CSVRecord> rows = csv(dir.resolve("out/articles.csv"));
        assertEquals(32, rows.size(), "every article has exactly one row");
        assertTrue(rows.stream().filter(r -> r.get("status").equals("error")).anyMatch(r ->
                r.get("error").contains("not annotated")), "articles after the stop say so");

        Files.writeString(dir.resolve("in/b.txt"), "في بغداد"); // the user gave it more memory, say
        BatchSummary resumed = run(2, true, new ByteArrayOutputStream());
        assertEquals(null, resumed.stopReason());
        rows = csv(dir.resolve("out/articles.csv"));
        assertEquals(32, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get("status").equals("ok")));
    }

    @Test
    void rowsComeOutInInputOrderWhateverOrderArticlesFinish() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(dir.resolve("in/a" + (10 + i) + ".txt"), (i % 3 == 0 ? "SLOWER " : "") + "في الموصل " + i);
        }
        run(4, false, new ByteArrayOutputStream());
        List<String> ids = csv(dir.resolve("out/articles.csv")).stream().map(r -> r.get("article_id")).toList();
        assertEquals(java.util.stream.IntStream.range(10, 22).mapToObj(i -> "a" + i).toList(), ids);
        List<String> entityIds = csv(dir.resolve("out/entities.csv")).stream().map(r -> r.get("article_id")).toList();
        assertEquals(ids, entityIds);
    }

    @Test
    void progressNamesAnArticleThatRunsLong() {
        Progress p = new Progress(null, 1, 100);
        org.arabicner.ingest.Article big = new org.arabicner.ingest.Article("big", "in/big.txt", "x".repeat(5000));
        p.articleStarted(big);
        String line = p.line(System.nanoTime() + 3_000_000_000L);
        assertTrue(line.startsWith("arner: 0/1 articles") && line.contains("working on in/big.txt (5,000 characters) for 3s"),
                line);
        p.articleFinished(big);
        assertTrue(!p.line(System.nanoTime()).contains("working on"));
    }
}
