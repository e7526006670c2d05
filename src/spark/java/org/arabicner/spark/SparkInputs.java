package org.arabicner.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.io.FilenameUtils;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.arabicner.ingest.Article;
import org.arabicner.ingest.ArticleInput;
import org.arabicner.ingest.ArticleReader;
import org.arabicner.ingest.BadInput;

/**
 * Reads the job's inputs from any Hadoop file system (a local path, {@code file:},
 * {@code hdfs://}, {@code s3a://} …) into one row per article, by the rules of the local batch
 * ({@link ArticleReader}): a {@code .txt} file is one article (id = file name without
 * extension), a {@code .jsonl} file one {@code {"id", "text"}} object per line, a Parquet file
 * one article per row of its {@code id} and {@code text} columns; a directory is walked
 * recursively for all three. Content that is not an article (invalid UTF-8, binary, empty,
 * malformed JSON, a null id or text) becomes a row with an {@code error}, never an exception.
 *
 * <p>Each row carries its order key ({@code input_no}, {@code path}, {@code line}): the order
 * in which the local batch reads the same inputs, which decides which of two articles with the
 * same id is the duplicate. Stateless.
 */
final class SparkInputs {

    /** An article to annotate ({@code error} null) or input that could not become one. */
    static final StructType INPUT = new StructType()
            .add("input_no", DataTypes.IntegerType, false)
            .add("path", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, false)
            .add("id", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, true)
            .add("error", DataTypes.StringType, true);

    private SparkInputs() {
    }

    /** The kinds of input file, by extension (case ignored); anything else in a directory is skipped. */
    enum Kind {
        TEXT, JSONL, PARQUET;

        static Kind of(String name, boolean given) {
            String ext = FilenameUtils.getExtension(name).toLowerCase(Locale.ROOT);
            return switch (ext) {
                case "txt" -> TEXT;
                case "jsonl" -> JSONL;
                case "parquet" -> PARQUET;
                default -> given ? TEXT : null;  // a file named explicitly is read as text, like the local batch
            };
        }
    }

    /**
     * All articles of {@code inputs}, in no particular partitioning.
     *
     * @throws IllegalArgumentException naming an input that does not exist, or a Parquet file
     *                                  without {@code id} and {@code text} columns
     */
    static Dataset<Row> read(SparkSession spark, List<String> inputs) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Dataset<Row> all = spark.createDataFrame(List.of(), INPUT);
        for (int i = 0; i < inputs.size(); i++) {
            List<String> textFiles = new ArrayList<>();
            List<String> emptyFiles = new ArrayList<>();
            List<String> parquetFiles = new ArrayList<>();
            list(inputs.get(i), conf, textFiles, emptyFiles, parquetFiles);
            if (!textFiles.isEmpty()) {
                all = all.union(textArticles(spark, i, textFiles));
            }
            if (!emptyFiles.isEmpty()) {
                all = all.union(emptyArticles(spark, i, emptyFiles));
            }
            if (!parquetFiles.isEmpty()) {
                all = all.union(parquetArticles(spark, i, parquetFiles));
            }
        }
        return all;
    }

    /**
     * Sorts the files of one input into text (.txt, .jsonl), empty text files (Spark's file
     * readers skip those, but an empty {@code .txt} is an article with an error) and Parquet files.
     */
    private static void list(String input, Configuration conf, List<String> textFiles, List<String> emptyFiles,
                             List<String> parquetFiles) {
        Path path = new Path(input);
        try {
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.exists(path)) {
                throw new IllegalArgumentException("input " + input + " does not exist: name a directory or"
                        + " a .txt, .jsonl or .parquet file (any Hadoop path: a local path, hdfs://, s3a://)");
            }
            FileStatus status = fs.getFileStatus(path);
            if (status.isFile()) {
                add(status, true, textFiles, emptyFiles, parquetFiles);
                return;
            }
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(path, true);
            while (files.hasNext()) {
                LocatedFileStatus f = files.next();
                if (f.isFile() && !hidden(path, f.getPath())) {
                    add(f, false, textFiles, emptyFiles, parquetFiles);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input " + input + ": " + e.getMessage(), e);
        }
    }

    /**
     * Spark's own markers and side files ({@code _SUCCESS}, {@code .crc}, {@code _temporary/})
     * are not articles: names starting with {@code _} or {@code .} below the input are skipped,
     * so the output of another Spark job can be an input.
     */
    private static boolean hidden(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root) && p.getParent() != null; p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith("_") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static void add(FileStatus file, boolean given, List<String> textFiles, List<String> emptyFiles,
                            List<String> parquetFiles) {
        Kind kind = Kind.of(file.getPath().getName(), given);
        if (kind == Kind.PARQUET) {
            parquetFiles.add(file.getPath().toString());
        } else if (kind == Kind.TEXT && file.getLen() == 0) {
            emptyFiles.add(file.getPath().toString());
        } else if (kind != null && file.getLen() > 0) {
            textFiles.add(file.getPath().toString());
        }
    }

    /** The error rows of empty {@code .txt} files (an empty {@code .jsonl} file holds no articles). */
    private static Dataset<Row> emptyArticles(SparkSession spark, int inputNo, List<String> files) {
        List<Row> rows = new ArrayList<>();
        for (String f : files) {
            rows.add(row(inputNo, f, 0, ArticleReader.textArticle(f, new byte[0])));
        }
        return spark.createDataFrame(rows, INPUT);
    }

    /** {@code .txt} and {@code .jsonl} files, each read whole by one task and parsed by the project's reader. */
    private static Dataset<Row> textArticles(SparkSession spark, int inputNo, List<String> files) {
        Dataset<Row> raw = spark.read().format("binaryFile").load(files.toArray(String[]::new))
                .select(lit(inputNo).as("input_no"), col("path"), col("content"));
        return raw.flatMap((FlatMapFunction<Row, Row>) SparkInputs::parseFile, Encoders.row(INPUT));
    }

    private static Iterator<Row> parseFile(Row file) {
        int inputNo = file.getInt(0);
        String path = decodedPath(file.getString(1));
        byte[] content = file.getAs(2);
        List<Row> rows = new ArrayList<>();
        if (Kind.of(path, true) == Kind.JSONL) {
            Iterator<ArticleInput> it = ArticleReader.jsonlArticles(path, new ByteArrayInputStream(content));
            while (it.hasNext()) {
                ArticleInput in = it.next();
                rows.add(row(inputNo, path, lineOf(in.source(), path), in));
            }
        } else {
            rows.add(row(inputNo, path, 0, ArticleReader.textArticle(path, content)));
        }
        return rows.iterator();
    }

    /** Parquet files with {@code id} and {@code text} columns (other columns are ignored). */
    private static Dataset<Row> parquetArticles(SparkSession spark, int inputNo, List<String> files) {
        Dataset<Row> raw = spark.read().parquet(files.toArray(String[]::new));
        List<String> have = List.of(raw.columns());
        if (!have.contains("id") || !have.contains("text")) {
            throw new IllegalArgumentException("Parquet input " + files.get(0) + (files.size() > 1 ? " (and "
                    + (files.size() - 1) + " more)" : "") + " has columns " + have + ": it needs an 'id' and a"
                    + " 'text' column (one article per row)");
        }
        Dataset<Row> rows = raw.select(lit(inputNo).as("input_no"), col("_metadata.file_path").as("path"),
                col("_metadata.row_index").plus(1).as("line"), col("id").cast("string").as("id"),
                col("text").cast("string").as("text"));
        return rows.map((org.apache.spark.api.java.function.MapFunction<Row, Row>) SparkInputs::parquetRow,
                Encoders.row(INPUT));
    }

    private static Row parquetRow(Row r) {
        int inputNo = r.getInt(0);
        String path = decodedPath(r.getString(1));
        long line = r.getLong(2);
        String source = path + ":" + line;
        String id = r.isNullAt(3) ? null : r.getString(3);
        String text = r.isNullAt(4) ? null : r.getString(4);
        ArticleInput in;
        if (id == null || id.isBlank()) {
            in = new BadInput(FilenameUtils.getBaseName(path) + ":" + line, source, source
                    + ": missing \"id\"; give each row an id");
        } else if (text == null) {
            in = new BadInput(id, source, source + ": missing \"text\"; give each row a text");
        } else {
            in = ArticleReader.articleFromText(id, source, text);
        }
        return row(inputNo, path, line, in);
    }

    private static Row row(int inputNo, String path, long line, ArticleInput in) {
        if (in instanceof Article a) {
            return RowFactory.create(inputNo, path, line, a.id(), a.source(), a.text(), null);
        }
        BadInput bad = (BadInput) in;
        return RowFactory.create(inputNo, path, line, bad.id(), bad.source(), null, bad.error());
    }

    /** The line number of a JSONL source {@code path:line}. */
    private static long lineOf(String source, String path) {
        return source.length() > path.length() + 1 ? Long.parseLong(source.substring(path.length() + 1)) : 0;
    }

    /** Spark hands file paths over URL-encoded ({@code %20}); messages and ids use the plain path. */
    private static String decodedPath(String sparkPath) {
        try {
            return new Path(new java.net.URI(sparkPath)).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return sparkPath;
        }
    }
}
