package org.arabicner.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.arabicner.output.CsvSchema;

/**
 * Where a batch run's output lives under its output directory: the files of the corpus contract
 * ({@link CsvSchema}: {@code entities.csv}, {@code mentions.csv}, {@code articles.csv},
 * {@code tables/<id>.csv}) and the corpus database built from it ({@code corpus.duckdb}).
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

    /** True when there is something to index: {@code entities.csv} or per-article tables. */
    public boolean hasCsv() {
        return Files.isRegularFile(entities()) || hasTables();
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
