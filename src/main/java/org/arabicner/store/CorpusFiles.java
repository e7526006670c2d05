package org.arabicner.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.arabicner.output.CsvSchema;

/**
 * Where a batch run's output lives under its output directory: the files of the corpus contract
 * ({@link CsvSchema}: {@code entities.csv}, {@code mentions.csv}, {@code articles.csv},
 * {@code tables/<id>.csv}), or the same tables as the Spark job writes them ({@code entities/},
 * {@code mentions/}, {@code articles/}: directories of Parquet or CSV part files), and the corpus
 * database built from them ({@code corpus.duckdb}).
 *
 * @param dir the batch output directory
 */
public record CorpusFiles(Path dir) {

    /** File name of the corpus database inside the output directory. */
    public static final String DATABASE = CsvSchema.DATABASE_FILE;

    public CorpusFiles {
        dir = dir.toAbsolutePath().normalize();
    }

    public Path entities() {
        return dir.resolve(CsvSchema.ENTITIES_FILE);
    }

    public Path mentions() {
        return dir.resolve(CsvSchema.MENTIONS_FILE);
    }

    public Path articles() {
        return dir.resolve(CsvSchema.ARTICLES_FILE);
    }

    /** The per-article tables, read only when {@code entities.csv} is absent. */
    public Path tables() {
        return dir.resolve(CsvSchema.TABLES_DIR);
    }

    public Path database() {
        return dir.resolve(DATABASE);
    }

    /** True when there is something to index: {@code entities.csv}, per-article tables or Spark output. */
    public boolean hasCsv() {
        return Files.isRegularFile(entities()) || hasTables() || parts(ENTITIES).isPresent();
    }

    /**
     * The Spark job writes each file of the contract as a directory of part files under the output
     * directory, named as the file without {@code .csv}.
     */
    public static final String ENTITIES = partsName(CsvSchema.ENTITIES_FILE);
    public static final String MENTIONS = partsName(CsvSchema.MENTIONS_FILE);
    public static final String ARTICLES = partsName(CsvSchema.ARTICLES_FILE);

    private static String partsName(String csvFile) {
        return csvFile.substring(0, csvFile.lastIndexOf('.'));
    }

    /**
     * A table as the Spark job writes it: the directory {@code <dir>/<table>} of part files,
     * all Parquet or all CSV (with header), beside Spark's {@code _SUCCESS} and {@code .crc} files.
     *
     * @param dir     the table's directory
     * @param parquet Parquet part files, else CSV
     */
    public record Parts(Path dir, boolean parquet) {

        /** The part files, as a glob. */
        public String glob() {
            return dir.resolve(parquet ? "*.parquet" : "*.csv").toString();
        }
    }

    /** The Spark job's part files of {@code table}, when that is how the table was written. */
    public Optional<Parts> parts(String table) {
        Path d = dir.resolve(table);
        if (!Files.isDirectory(d)) {
            return Optional.empty();
        }
        for (boolean parquet : new boolean[] {true, false}) {
            try (var s = Files.newDirectoryStream(d, parquet ? "*.parquet" : "*.csv")) {
                if (s.iterator().hasNext()) {
                    return Optional.of(new Parts(d, parquet));
                }
            } catch (java.io.IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    boolean hasTables() {
        if (!Files.isDirectory(tables())) {
            return false;
        }
        try (var s = Files.newDirectoryStream(tables(), "*.csv")) {
            return s.iterator().hasNext();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * The output directory for a user-given path: the directory itself, or the directory
     * holding a given {@code corpus.duckdb}.
     */
    public static Optional<CorpusFiles> locate(Path given) {
        Path p = given.toAbsolutePath().normalize();
        if (Files.isDirectory(p)) {
            return Optional.of(new CorpusFiles(p));
        }
        if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".duckdb")) {
            return Optional.of(new CorpusFiles(p.getParent()));
        }
        return Optional.empty();
    }
}
