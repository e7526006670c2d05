package org.arabicner.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.arabicner.batch.SafeAnnotator;
import org.arabicner.output.CsvSchema;
import org.arabicner.output.SpreadsheetSafe;

/**
 * The batch job on Apache Spark: articles from any Hadoop path in; the tables {@code entities},
 * {@code mentions} and {@code articles} of the CSV contract out, each a directory of Parquet
 * (default) or CSV part files under the output path.
 *
 * <ol>
 *   <li>The inputs are read into one row per article ({@link SparkInputs}).</li>
 *   <li>The rows are range-partitioned by article id into {@code partitions} tasks and sorted
 *       within each; so the output, read part file after part file, is in article id order and
 *       the same input always gives the same rows in the same order.</li>
 *   <li>Each task annotates its articles with the executor's one pipeline
 *       ({@link ExecutorPipeline}) into one result row per article
 *       ({@link AnnotatePartition}); the results are cached so that the three tables are
 *       written from one annotation pass.</li>
 *   <li>Each table is written with {@link SaveMode#Overwrite}: a re-run replaces the earlier
 *       output. Spark's commit protocol publishes the files of exactly one attempt of each task,
 *       so a retried or speculative task leaves no duplicate rows.</li>
 * </ol>
 *
 * <p>Not thread-safe: one {@link #run} at a time per instance.
 */
public final class SparkCorpusJob {

    /** How the job writes its tables. */
    public enum Format {
        PARQUET, CSV;

        public static Format parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "parquet" -> PARQUET;
                case "csv" -> CSV;
                default -> throw new IllegalArgumentException("unknown format '" + s + "': use parquet or csv");
            };
        }
    }

    /**
     * @param format     Parquet or CSV
     * @param partitions how many tasks annotate the articles; 0 for four per core of the cluster
     */
    public record Options(Format format, int partitions, SafeAnnotator.Limits limits) {

        public Options {
            if (partitions < 0) {
                throw new IllegalArgumentException("partitions must be >= 0, got " + partitions);
            }
            if (limits == null) {
                throw new IllegalArgumentException("limits must be given");
            }
        }

        /** With the local batch's default limits ({@link SafeAnnotator.Limits#defaults()}). */
        public Options(Format format, int partitions) {
            this(format, partitions, SafeAnnotator.Limits.defaults());
        }

        public static Options defaults() {
            return new Options(Format.PARQUET, 0);
        }
    }

    /** What a run did: articles annotated and failed, the first error messages. */
    public record Summary(long articles, long errors, long entities, long mentions, List<String> firstErrors) {

        public String format() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                    "%d articles ok, %d errors, %d entities, %d mentions%n", articles, errors, entities, mentions));
            for (String e : firstErrors) {
                s.append("  error: ").append(e).append('\n');
            }
            if (errors > firstErrors.size()) {
                s.append("  … ").append(errors - firstErrors.size()).append(" more in the articles table (status = error)\n");
            }
            return s.toString();
        }
    }

    private static final int ERRORS_SHOWN = 20;

    private final SparkSession spark;
    private final PipelineFactory pipeline;
    private final Options options;

    /** The job with the pipeline {@code pipeline} builds on each executor. */
    public SparkCorpusJob(SparkSession spark, PipelineFactory pipeline, Options options) {
        this.spark = spark;
        this.pipeline = pipeline;
        this.options = options;
    }

    /** The job with the project's default pipeline. */
    public SparkCorpusJob(SparkSession spark, Options options) {
        this(spark, PipelineFactory.defaults(), options);
    }

    /**
     * Annotates the articles of {@code inputs} and writes the three tables under {@code out}
     * ({@code out/entities}, {@code out/mentions}, {@code out/articles}), replacing earlier output.
     */
    public Summary run(List<String> inputs, String out) {
        Dataset<Row> results = annotate(SparkInputs.read(spark, inputs)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            for (String table : List.of(CorpusTables.ARTICLES, CorpusTables.ENTITIES, CorpusTables.MENTIONS)) {
                write(CorpusTables.table(results, table), out + "/" + table);
            }
            return summarise(results);
        } finally {
            results.unpersist();
        }
    }

    /** One result row per input row, in article id order (see the class comment). */
    Dataset<Row> annotate(Dataset<Row> inputs) {
        int partitions = options.partitions() > 0 ? options.partitions()
                : Math.max(1, 4 * spark.sparkContext().defaultParallelism());
        return inputs.repartitionByRange(partitions, col("id"))
                .sortWithinPartitions(col("id"), col("input_no"), col("path"), col("line"))
                .mapPartitions(new AnnotatePartition(pipeline, options.limits()), Encoders.row(CorpusTables.RESULT));
    }

    void write(Dataset<Row> table, String path) {
        if (options.format() == Format.PARQUET) {
            CorpusTables.typed(table).write().mode(SaveMode.Overwrite).parquet(path);
        } else {
            // RFC 4180 as the local batch writes it: quotes doubled, nothing trimmed, empty cells bare,
            // text cells neutralised for spreadsheets as SpreadsheetSafe does (numbers stay numbers).
            spreadsheetSafe(table).write().mode(SaveMode.Overwrite)
                    .option("header", true)
                    .option("quote", "\"")
                    .option("escape", "\"")
                    .option("emptyValue", "")
                    .option("nullValue", "")
                    .option("ignoreLeadingWhiteSpace", false)
                    .option("ignoreTrailingWhiteSpace", false)
                    .option("lineSep", "\n")
                    .option("encoding", "UTF-8")
                    .csv(path);
        }
    }

    /** {@code table} with every text cell that a spreadsheet would run as a formula prefixed by {@code '}. */
    static Dataset<Row> spreadsheetSafe(Dataset<Row> table) {
        Column[] cells = new Column[table.columns().length];
        for (int i = 0; i < cells.length; i++) {
            String c = table.columns()[i];
            cells[i] = CsvSchema.NUMERIC.contains(c) ? col(c)
                    : when(col(c).rlike(SpreadsheetSafe.NEEDS_QUOTE_REGEX), concat(lit("'"), col(c))).otherwise(col(c)).as(c);
        }
        return table.select(cells);
    }

    private Summary summarise(Dataset<Row> results) {
        Row counts = results.selectExpr(
                "count_if(status = '" + CsvSchema.STATUS_OK + "')",
                "count_if(status <> '" + CsvSchema.STATUS_OK + "')",
                "coalesce(sum(size(entity_rows)), 0)",
                "coalesce(sum(size(mention_rows)), 0)").first();
        List<String> errors = results.filter(col("status").notEqual(CsvSchema.STATUS_OK))
                .select(col("error")).limit(ERRORS_SHOWN).as(Encoders.STRING()).collectAsList();
        return new Summary(counts.getLong(0), counts.getLong(1), counts.getLong(2), counts.getLong(3), errors);
    }
}
