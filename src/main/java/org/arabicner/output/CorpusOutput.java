package org.arabicner.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.FileUtils;
import org.arabicner.ArticleEntities;

/**
 * The batch job's output directory:
 * <pre>
 * out/entities.csv   out/mentions.csv   out/articles.csv   out/tables/&lt;article_id&gt;.csv
 * out/.journal/      rows of finished articles, appended as they finish
 * </pre>
 * Each finished article's rows are appended to the journal, its {@code articles.csv} row last:
 * that row marks the article as complete. A run that is killed leaves a journal whose incomplete
 * tail {@link #open} with {@code resume} drops, so a resumed run neither loses nor duplicates rows.
 * {@link #finish()} writes the three CSVs from the journal, each atomically (temp file + rename);
 * per-article tables are written atomically as each article finishes.
 *
 * <p>Thread-safe: writes are serialised on this object.
 */
public final class CorpusOutput implements Closeable {

    static final String JOURNAL = ".journal";
    private static final String ENTITIES = CsvSchema.ENTITIES_FILE;
    private static final String MENTIONS = CsvSchema.MENTIONS_FILE;
    private static final String ARTICLES = CsvSchema.ARTICLES_FILE;
    private static final String TABLES = CsvSchema.TABLES_DIR;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final Path dir;
    private final boolean bom;
    private final Set<String> completed;
    private final Writer entities;
    private final Writer mentions;
    private final Writer articles;

    private CorpusOutput(Path dir, boolean bom, Set<String> completed) throws IOException {
        this.dir = dir;
        this.bom = bom;
        this.completed = Set.copyOf(completed);
        Path journal = dir.resolve(JOURNAL);
        this.entities = appender(journal.resolve(ENTITIES));
        this.mentions = appender(journal.resolve(MENTIONS));
        this.articles = appender(journal.resolve(ARTICLES));
    }

    /**
     * Opens {@code dir} for a batch. Without {@code resume} earlier results there are removed;
     * with it, articles completed by an earlier run are kept (see {@link #completed()}) and the
     * rows of articles that failed or were cut off are dropped, to be redone.
     *
     * @param bom start the final CSV files with a UTF-8 byte-order mark (for spreadsheets)
     */
    public static CorpusOutput open(Path dir, boolean resume, boolean bom) throws IOException {
        Path journal = dir.resolve(JOURNAL);
        Set<String> done = new HashSet<>();
        if (resume && Files.isDirectory(journal)) {
            done = okArticles(readJournal(journal.resolve(ARTICLES)));
            keepOnly(journal.resolve(ENTITIES), done, false);
            keepOnly(journal.resolve(MENTIONS), done, false);
            keepOnly(journal.resolve(ARTICLES), done, true);
        } else {
            FileUtils.deleteDirectory(journal.toFile());
            FileUtils.deleteDirectory(dir.resolve(TABLES).toFile());
        }
        Files.createDirectories(journal);
        Files.createDirectories(dir.resolve(TABLES));
        return new CorpusOutput(dir, bom, done);
    }

    /** Ids of the articles an earlier run completed (empty unless resuming). */
    public Set<String> completed() {
        return completed;
    }

    public Path directory() {
        return dir;
    }

    /** Records a finished article: its table file, then its rows in the journal. */
    public synchronized void write(ArticleEntities a, String source) throws IOException {
        List<List<String>> entityRows = CsvSchema.entityRows(a);
        AtomicFiles.write(tablePath(a.articleId()), out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (bom) {
                w.write('\uFEFF');
            }
            printAll(w, CsvSchema.ENTITIES, entityRows);
            w.flush();
        });
        append(entities, entityRows);
        append(mentions, CsvSchema.mentionRows(a));
        append(articles, List.of(CsvSchema.articleRow(a, source)));
    }

    /** Records an article that failed, with its one-line error. */
    public synchronized void writeError(String articleId, String source, int chars, String error)
            throws IOException {
        append(articles, List.of(CsvSchema.errorRow(articleId, source, chars, error.replace('\n', ' '))));
    }

    /** The per-article table file; characters that file systems reject become {@code _}. */
    public Path tablePath(String articleId) {
        String safe = articleId.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "_" + safe;
        }
        return dir.resolve(TABLES).resolve(safe + ".csv");
    }

    /** Writes {@code entities.csv}, {@code mentions.csv} and {@code articles.csv}, each atomically. */
    public synchronized void finish() throws IOException {
        entities.flush();
        mentions.flush();
        articles.flush();
        Path journal = dir.resolve(JOURNAL);
        publish(journal.resolve(ENTITIES), dir.resolve(ENTITIES), CsvSchema.ENTITIES);
        publish(journal.resolve(MENTIONS), dir.resolve(MENTIONS), CsvSchema.MENTIONS);
        publish(journal.resolve(ARTICLES), dir.resolve(ARTICLES), CsvSchema.ARTICLES);
    }

    @Override
    public synchronized void close() throws IOException {
        try (entities; mentions; articles) {
            // closing flushes the journal
        }
    }

    private void publish(Path journalFile, Path target, List<String> header) throws IOException {
        AtomicFiles.write(target, out -> {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            FORMAT.printRecord(w, header.toArray());
            w.flush();
            Files.copy(journalFile, out);
        });
    }

    private static void printAll(Writer w, List<String> header, List<List<String>> rows) throws IOException {
        CSVPrinter p = new CSVPrinter(w, FORMAT);
        p.printRecord(header);
        for (List<String> r : rows) {
            p.printRecord(r);
        }
        p.flush();
    }

    private static void append(Writer w, List<List<String>> rows) throws IOException {
        CSVPrinter p = new CSVPrinter(w, FORMAT);
        for (List<String> r : rows) {
            p.printRecord(r);
        }
        p.flush();
        w.flush();
    }

    private static Writer appender(Path p) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), StandardCharsets.UTF_8));
    }

    /** The journal's complete records; a torn last line (the run was killed mid-write) is ignored. */
    static List<CSVRecord> readJournal(Path p) throws IOException {
        if (!Files.exists(p)) {
            return List.of();
        }
        String s = Files.readString(p, StandardCharsets.UTF_8);
        int end = s.lastIndexOf('\n');
        s = end < 0 ? "" : s.substring(0, end + 1);
        List<CSVRecord> out = new ArrayList<>();
        try (Reader r = new StringReader(s)) {
            for (CSVRecord rec : FORMAT.parse(r)) {
                out.add(rec);
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            // a torn record inside quotes: keep what parsed before it
        }
        return out;
    }

    /**
     * Articles with an {@code ok} row. An error row under the same id (a later duplicate of the
     * id) does not undo it: the duplicate is reported again by the resumed run.
     */
    static Set<String> okArticles(List<CSVRecord> articleRows) {
        Set<String> ok = new HashSet<>();
        for (CSVRecord r : articleRows) {
            if (r.size() >= 3 && CsvSchema.STATUS_OK.equals(r.get(2))) {
                ok.add(r.get(0));
            }
        }
        return ok;
    }

    /**
     * Rewrites a journal file keeping only the rows of completed articles. Completed articles are
     * never redone, so their rows are there once; in the articles journal only their {@code ok} row
     * is kept (error rows, such as a duplicate id's, are produced again by the resumed run).
     */
    private static void keepOnly(Path p, Set<String> ids, boolean okRowsOnly) throws IOException {
        List<List<String>> kept = new ArrayList<>();
        for (CSVRecord r : readJournal(p)) {
            if (ids.contains(r.get(0)) && (!okRowsOnly || (r.size() >= 3 && CsvSchema.STATUS_OK.equals(r.get(2))))) {
                kept.add(r.toList());
            }
        }
        AtomicFiles.write(p, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(w, FORMAT);
            for (List<String> row : kept) {
                printer.printRecord(row);
            }
            printer.flush();
            w.flush();
        });
    }
}
