package org.arabicner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.FileUtils;
import org.arabicner.batch.BatchOptions;
import org.arabicner.batch.BatchRunner;
import org.arabicner.bench.HostileInputFuzz;
import org.arabicner.ingest.Article;
import org.arabicner.ingest.ArticleReader;
import org.arabicner.ner.Mention;
import org.arabicner.output.CorpusOutput;
import org.arabicner.table.Entity;

/**
 * Random Unicode through the real pipeline: nothing escapes, every mention's offsets cut its
 * text from the original, every entity name has a letter, and every article of a batch gets
 * exactly one row.
 */
class PipelinePropertiesTest {

    /** Text that is mostly Arabic words, with any other char (lone surrogates included) mixed in. */
    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> arabicWord = Arbitraries.of("الموصل", "بغداد", "وقال", "الرئيس", "رايان", "ديلون",
                "في", "من", "الولايات", "المتحدة", "داعش", "والرقة", "أردوغان", "ـــ", "َُ");
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> punctuation = Arbitraries.strings().withChars(".،؟!:\"'()-\n\r\t ").ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, arabicWord), net.jqwik.api.Tuple.of(3, anyChars),
                net.jqwik.api.Tuple.of(2, punctuation));
        return piece.list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property(tries = 250)
    void anyTextAnnotatesWithOffsetsIntoTheOriginal(@ForAll("hostileText") String text) {
        ArabicNer ner = SharedPipeline.get();
        ArticleEntities raw = ner.annotate("raw", text); // straight from the API: nothing may escape
        checkOffsets(text, raw);
        String cleaned = ArticleReader.replaceLoneSurrogates(text);
        if (!cleaned.equals(text)) {
            checkOffsets(cleaned, ner.annotate("clean", cleaned));
        }
    }

    private static void checkOffsets(String text, ArticleEntities result) {
        for (Mention m : result.mentions()) {
            assertTrue(m.start() >= 0 && m.end() <= text.length() && m.start() < m.end(), m.toString());
            assertEquals(text.substring(m.start(), m.end()), m.text());
        }
        for (Entity e : result.entities()) {
            assertTrue(e.nameAr().codePoints().anyMatch(Character::isLetter), "name without a letter: " + e);
        }
    }

    @Property(tries = 15)
    void everyArticleOfABatchGetsExactlyOneRow(@ForAll @Size(max = 6) List<@net.jqwik.api.From("hostileText") String> texts)
            throws IOException {
        Path dir = Files.createTempDirectory("arner-prop");
        try {
            StringBuilder jsonl = new StringBuilder();
            for (int i = 0; i < texts.size(); i++) {
                jsonl.append("{\"id\": \"p").append(i).append("\", \"text\": ")
                        .append(HostileInputFuzz.jsonString(texts.get(i))).append("}\n");
            }
            Path in = Files.writeString(dir.resolve("in.jsonl"), jsonl, StandardCharsets.UTF_8);
            try (CorpusOutput out = CorpusOutput.open(dir.resolve("out"), false, false)) {
                new BatchRunner(SharedPipeline.get(), new BatchOptions(2, false, false, false), null)
                        .run(ArticleReader.of(List.of(in)), out);
            }
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(Files.newBufferedReader(dir.resolve("out/articles.csv"))).getRecords();
            assertEquals(texts.size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                assertEquals("p" + i, rows.get(i).get("article_id"));
            }
            List<Article> articles = new java.util.ArrayList<>();
            ArticleReader.of(List.of(in)).forEach(a -> {
                if (a instanceof Article art) {
                    articles.add(art);
                }
            });
            java.util.Map<String, String> textById = new java.util.HashMap<>();
            articles.forEach(a -> textById.put(a.id(), a.text()));
            for (CSVRecord m : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(Files.newBufferedReader(dir.resolve("out/mentions.csv"))).getRecords()) {
                String t = textById.get(m.get("article_id"));
                String cut = t.substring(Integer.parseInt(m.get("start")), Integer.parseInt(m.get("end")));
                assertEquals(org.arabicner.output.SpreadsheetSafe.neutralise(cut), m.get("text"));
            }
        } finally {
            FileUtils.deleteDirectory(dir.toFile());
        }
    }
}
