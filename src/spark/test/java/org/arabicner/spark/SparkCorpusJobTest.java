package org.arabicner.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.arabicner.batch.BatchOptions;
import org.arabicner.batch.SafeAnnotator;
import org.arabicner.batch.BatchRunner;
import org.arabicner.ingest.ArticleReader;
import org.arabicner.output.CorpusOutput;
import org.arabicner.output.CsvSchema;
import org.arabicner.query.EntityStore;
import org.arabicner.query.StoreSummary;
import org.arabicner.store.CorpusIndexer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode ({@code local[2]}, up to three attempts per task) against the local
 * batch, on the seed and a few hundred generated articles plus bad input. One Spark session and
 * one pipeline (the JVM's {@link ExecutorPipeline}, which the local batch shares) serve all tests.
 */
class SparkCorpusJobTest {

    private static final List<String> TABLES = List.of(CorpusTables.ARTICLES, CorpusTables.ENTITIES,
            CorpusTables.MENTIONS);
    private static final Map<String, List<String>> COLUMNS = Map.of(CorpusTables.ARTICLES, CsvSchema.ARTICLES,
            CorpusTables.ENTITIES, CsvSchema.ENTITIES, CorpusTables.MENTIONS, CsvSchema.MENTIONS);

    @TempDir
    static Path dir;

    /** Task attempts the retry test made fail (local mode: the tasks run in this JVM). */
    private static final java.util.concurrent.atomic.AtomicInteger FAILED_ATTEMPTS =
            new java.util.concurrent.atomic.AtomicInteger();

    static SparkSession spark;
    static List<String> inputs;
    /** The local batch's rows of the corpus, by table. */
    static Map<String, List<List<String>>> local;

    @BeforeAll
    static void setUp() throws IOException {
        TestCorpus.write(dir.resolve("in"), 200, 100);
        inputs = List.of(dir.resolve("in/txt").toString(), dir.resolve("in/jsonl").toString());
        spark = SparkSession.builder().master("local[2,3]").appName("arner-test")
                .config("spark.ui.enabled", false)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", 4)
                .getOrCreate();
        Path localOut = dir.resolve("local");
        try (CorpusOutput out = CorpusOutput.open(localOut, false, false)) {
            new BatchRunner(ExecutorPipeline.get(PipelineFactory.defaults()), new BatchOptions(2, false, false, false), null)
                    .run(ArticleReader.of(inputs.stream().map(Path::of).toList()), out);
        }
        local = new HashMap<>();
        local.put(CorpusTables.ARTICLES, readCsv(localOut.resolve(CsvSchema.ARTICLES_FILE)));
        local.put(CorpusTables.ENTITIES, readCsv(localOut.resolve(CsvSchema.ENTITIES_FILE)));
        local.put(CorpusTables.MENTIONS, readCsv(localOut.resolve(CsvSchema.MENTIONS_FILE)));
    }

    @AfterAll
    static void tearDown() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static SparkCorpusJob job(SparkCorpusJob.Format format) {
        return new SparkCorpusJob(spark, new SparkCorpusJob.Options(format, 4));
    }

    @Test
    void parquetOutputEqualsTheLocalBatchRowForRowAndASecondRunReplacesIt() throws IOException {
        String out = dir.resolve("spark-parquet").toString();
        SparkCorpusJob.Summary summary = job(SparkCorpusJob.Format.PARQUET).run(inputs, out);

        List<List<String>> articles = local.get(CorpusTables.ARTICLES);
        assertEquals(1 + 200 + 100, articles.stream().filter(r -> r.get(2).equals("ok")).count());
        assertEquals(articles.size() - 301, summary.errors());
        assertEquals(301, summary.articles());
        Map<String, List<List<String>>> first = readParquet(out);
        for (String table : TABLES) {
            assertSameRows(local.get(table), first.get(table), table);
        }
        assertTrue(first.get(CorpusTables.MENTIONS).size() > 1000, "mentions: " + first.get(CorpusTables.MENTIONS).size());

        // Every kind of bad input is an error row naming its file, as in the local batch.
        List<String> errors = first.get(CorpusTables.ARTICLES).stream().filter(r -> r.get(2).equals("error"))
                .map(r -> r.get(0) + ": " + r.get(6)).toList();
        assertEquals(5, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("bad-utf8: ") && e.contains("not valid UTF-8")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("empty: ") && e.contains("empty article")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("gen-000: ") && e.contains("duplicate article id")), errors.toString());

        // A second run over the same output: the same rows, none twice.
        job(SparkCorpusJob.Format.PARQUET).run(inputs, out);
        Map<String, List<List<String>>> second = readParquet(out);
        for (String table : TABLES) {
            assertSameRows(first.get(table), second.get(table), table);
        }
        assertEquals(second.get(CorpusTables.ENTITIES).size(),
                second.get(CorpusTables.ENTITIES).stream().map(r -> r.subList(0, 2)).distinct().count());

        // The query API reads the Parquet output as it reads a local run's CSVs.
        CorpusIndexer.index(Path.of(out));
        CorpusIndexer.index(dir.resolve("local"));
        try (EntityStore sparkStore = EntityStore.open(Path.of(out));
             EntityStore localStore = EntityStore.open(dir.resolve("local"))) {
            StoreSummary s = sparkStore.summary();
            StoreSummary l = localStore.summary();
            assertEquals(List.of(l.articles(), l.failedArticles(), l.corpusEntities(), l.articleEntities(), l.mentions()),
                    List.of(s.articles(), s.failedArticles(), s.corpusEntities(), s.articleEntities(), s.mentions()));
            assertEquals("Mosul", sparkStore.find("الموصل").get(0).nameEn());
            assertEquals(localStore.find("Mosul").get(0), sparkStore.find("Mosul").get(0));
        }
    }

    @Test
    void csvOutputIsTheCsvContractByteForByte() throws IOException {
        String out = dir.resolve("spark-csv").toString();
        job(SparkCorpusJob.Format.CSV).run(inputs, out);
        for (String table : TABLES) {
            List<List<String>> rows = new ArrayList<>();
            for (Path part : partFiles(Path.of(out, table), ".csv")) {
                List<CSVRecord> records = parse(part);
                assertEquals(COLUMNS.get(table), records.get(0).toList(), part.toString());
                records.subList(1, records.size()).forEach(r -> rows.add(withoutScheme(r.toList())));
            }
            assertSameRows(local.get(table), rows, table);
        }
    }

    @Test
    void aPoisonedArticleBecomesAnErrorRowAndTheJobGoesOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("poison"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(in.resolve("p" + i + ".txt"), "خبر " + i + " من الموصل إلى الرقة.");
        }
        Files.writeString(in.resolve("poison.txt"), "POISON في الموصل");
        String out = dir.resolve("spark-poison").toString();
        SparkCorpusJob.Summary summary = new SparkCorpusJob(spark, new PoisonedPipeline(),
                new SparkCorpusJob.Options(SparkCorpusJob.Format.PARQUET, 2)).run(List.of(in.toString()), out);
        assertEquals(6, summary.articles());
        assertEquals(1, summary.errors());
        assertEquals(12, summary.entities());
        List<List<String>> articles = readParquet(out).get(CorpusTables.ARTICLES);
        List<String> row = articles.stream().filter(r -> r.get(0).equals("poison")).findFirst().orElseThrow();
        assertEquals("error", row.get(2));
        assertEquals(Integer.toString("POISON في الموصل".length()), row.get(3));
        assertTrue(row.get(6).contains("poison.txt: annotation failed (stack overflow); the article was skipped"),
                row.get(6));
    }

    @Test
    void theLocalBatchsLimitsAndSpreadsheetSafetyHoldUnderSparkToo() throws IOException {
        Path in = Files.createDirectories(dir.resolve("limits"));
        Files.writeString(in.resolve("short.txt"), "خبر من الموصل.");
        Files.writeString(in.resolve("=HYPERLINK(1).txt"), "خبر طويل من الموصل إلى الرقة ومن الرقة إلى الموصل.");
        String out = dir.resolve("spark-limits").toString();
        SparkCorpusJob.Summary summary = new SparkCorpusJob(spark, PipelineFactory.defaults(),
                new SparkCorpusJob.Options(SparkCorpusJob.Format.CSV, 2,
                        new SafeAnnotator.Limits(30, java.time.Duration.ofSeconds(60)))).run(List.of(in.toString()), out);
        assertEquals(1, summary.articles());
        assertEquals(1, summary.errors());
        List<List<String>> rows = new ArrayList<>();
        for (Path part : partFiles(Path.of(out, CorpusTables.ARTICLES), ".csv")) {
            parse(part).stream().skip(1).forEach(r -> rows.add(r.toList()));
        }
        List<String> tooLong = rows.stream().filter(r -> r.get(0).contains("HYPERLINK")).findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(1)", tooLong.get(0), "a formula-like id is neutralised as in the local CSV files");
        assertTrue(tooLong.get(6).contains("article too long") && tooLong.get(6).contains("--max-chars"), tooLong.get(6));
    }

    @Test
    void parquetInputGivesTheRowsOfTheSameArticlesInJsonl() throws IOException {
        List<String> texts = TestCorpus.generate(12, 7);
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("extra", DataTypes.IntegerType);
        List<Row> rows = new ArrayList<>();
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(RowFactory.create("pq-" + i, texts.get(i), i));
            jsonl.append(TestCorpus.json("pq-" + i, texts.get(i))).append('\n');
        }
        rows.add(RowFactory.create(null, "نص بلا معرف", 0));
        String parquetIn = dir.resolve("parquet-in").toString();
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(parquetIn);
        Path jsonlIn = Files.createDirectories(dir.resolve("jsonl-in")).resolve("a.jsonl");
        Files.writeString(jsonlIn, jsonl);

        Map<String, List<List<String>>> fromParquet = run(parquetIn, "out-parquet-in");
        Map<String, List<List<String>>> fromJsonl = run(jsonlIn.toString(), "out-jsonl-in");
        assertSameRows(fromJsonl.get(CorpusTables.ENTITIES), fromParquet.get(CorpusTables.ENTITIES), "entities");
        assertSameRows(fromJsonl.get(CorpusTables.MENTIONS), fromParquet.get(CorpusTables.MENTIONS), "mentions");
        List<List<String>> articles = fromParquet.get(CorpusTables.ARTICLES);
        assertEquals(13, articles.size());
        List<String> missingId = articles.stream().filter(r -> r.get(2).equals("error")).findFirst().orElseThrow();
        assertTrue(missingId.get(6).contains("missing \"id\""), missingId.toString());
        assertTrue(missingId.get(1).matches(".*\\.parquet:\\d+"), missingId.get(1));
    }

    @Test
    void aRetriedTaskLeavesNoDuplicateRows() throws IOException {
        Path in = Files.createDirectories(dir.resolve("retry"));
        for (int i = 0; i < 7; i++) {
            Files.writeString(in.resolve("r" + i + ".txt"), "خبر " + i + " من الموصل إلى الرقة.");
        }
        SparkCorpusJob job = new SparkCorpusJob(spark, new PoisonedPipeline(),
                new SparkCorpusJob.Options(SparkCorpusJob.Format.PARQUET, 2));
        Dataset<Row> results = job.annotate(SparkInputs.read(spark, List.of(in.toString())));
        Path out = dir.resolve("spark-retry");
        job.write(CorpusTables.table(results.mapPartitions(new FailFirstAttempt(), Encoders.row(CorpusTables.RESULT)),
                CorpusTables.ARTICLES), out.resolve(CorpusTables.ARTICLES).toString());
        List<List<String>> articles = readParquetTable(out.resolve(CorpusTables.ARTICLES));
        assertTrue(FAILED_ATTEMPTS.get() >= 1, "no task attempt failed");
        assertEquals(7, articles.size());
        assertEquals(7, articles.stream().map(r -> r.get(0)).distinct().count());
    }

    /** Passes its partition's rows on, then fails the task's first attempt, as a lost executor would. */
    private static final class FailFirstAttempt implements MapPartitionsFunction<Row, Row> {
        @Override
        public java.util.Iterator<Row> call(java.util.Iterator<Row> rows) {
            return new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    boolean more = rows.hasNext();
                    if (!more && TaskContext.get().attemptNumber() == 0) {
                        FAILED_ATTEMPTS.incrementAndGet();
                        throw new IllegalStateException("executor lost after writing its rows");
                    }
                    return more;
                }

                @Override
                public Row next() {
                    return rows.next();
                }
            };
        }
    }

    private static Map<String, List<List<String>>> run(String input, String outName) {
        String out = dir.resolve(outName).toString();
        job(SparkCorpusJob.Format.PARQUET).run(List.of(input), out);
        return readParquet(out);
    }

    /** The three tables of a Parquet output, every value as the CSV contract writes it. */
    private static Map<String, List<List<String>>> readParquet(String out) {
        Map<String, List<List<String>>> tables = new HashMap<>();
        for (String table : TABLES) {
            Dataset<Row> t = spark.read().parquet(out + "/" + table);
            assertEquals(COLUMNS.get(table), List.of(t.columns()), table);
            tables.put(table, readParquetTable(Path.of(out, table)));
        }
        return tables;
    }

    private static List<List<String>> readParquetTable(Path dir) {
        List<List<String>> rows = new ArrayList<>();
        for (Row r : spark.read().parquet(dir.toString()).collectAsList()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                Object v = r.get(i);
                if (v instanceof scala.collection.Seq<?>) {
                    cells.add(String.join(CsvSchema.LIST_SEPARATOR, r.<String>getList(i)));
                } else {
                    cells.add(v == null ? "" : v instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : v.toString());
                }
            }
            rows.add(withoutScheme(cells));
        }
        return rows;
    }

    /** Spark names local files {@code file:/…}, the local batch {@code /…}. */
    private static List<String> withoutScheme(List<String> cells) {
        return cells.stream().map(c -> c.replace("file:/", "/")).toList();
    }

    /** The same rows in any order; on failure, the rows only one side has (a few of them). */
    private static void assertSameRows(List<List<String>> expected, List<List<String>> actual, String table) {
        List<List<String>> e = sorted(expected);
        List<List<String>> a = sorted(actual);
        if (!e.equals(a)) {
            List<List<String>> missing = new ArrayList<>(e);
            a.forEach(missing::remove);
            List<List<String>> extra = new ArrayList<>(a);
            e.forEach(extra::remove);
            throw new AssertionError(table + ": " + e.size() + " rows expected, " + a.size() + " found; missing "
                    + missing.subList(0, Math.min(5, missing.size())) + "; unexpected "
                    + extra.subList(0, Math.min(5, extra.size())));
        }
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> s = new ArrayList<>(rows);
        s.sort(Comparator.comparing(r -> String.join("\u0000", r)));
        return s;
    }

    private static List<List<String>> readCsv(Path file) throws IOException {
        List<CSVRecord> records = parse(file);
        return records.subList(1, records.size()).stream().map(CSVRecord::toList).toList();
    }

    private static List<CSVRecord> parse(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(r).getRecords();
        }
    }

    private static List<Path> partFiles(Path tableDir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(tableDir)) {
            List<Path> parts = s.filter(p -> p.getFileName().toString().startsWith("part-")
                    && p.getFileName().toString().endsWith(suffix)).sorted().toList();
            assertFalse(parts.isEmpty(), "no part files in " + tableDir);
            return parts;
        }
    }

}
