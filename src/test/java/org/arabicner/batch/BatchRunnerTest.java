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
}
