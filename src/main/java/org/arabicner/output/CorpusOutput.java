package org.arabicner.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BoundedInputStream;
import org.arabicner.ArticleEntities;

/**
 * The batch job's output directory:
 * <pre>
 * out/entities.csv   out/mentions.csv   out/articles.csv   out/tables/&lt;name&gt;.csv
 * out/.journal/      rows of finished articles, appended as they finish
 * </pre>
 * Each finished article's rows are appended to the journal, its {@code articles.csv} row last:
 * that row marks the article as complete. Journal rows start with the article's sequence
 * number (its position among the inputs), so that {@link #finish()} writes the CSVs in input
 * order whatever order articles finished in, and a resumed run writes exactly the files an
 * uninterrupted run would. A run that is killed leaves a journal whose incomplete tail
 * {@link #open} with {@code resume} drops, so a resumed run neither loses nor duplicates rows.
 * {@link #finish()} writes the three CSVs from the journal, each atomically (temp file +
 * rename); per-article tables ({@link TableNames}) are written atomically as each article
 * finishes. Text cells are neutralised for spreadsheets ({@link SpreadsheetSafe}).
 *
 * <p>Thread-safe: writes are serialised on this object.
 */
public final class CorpusOutput implements Closeable {

    static final String JOURNAL = ".journal";
    /** Journal layout version: a journal of another layout cannot be resumed. */
    static final String JOURNAL_FORMAT = "2 sequence-numbered rows";
    private static final String FORMAT_FILE = "format";
    static final String ENTITIES = CsvSchema.ENTITIES_FILE;
    static final String MENTIONS = CsvSchema.MENTIONS_FILE;
    static final String ARTICLES = CsvSchema.ARTICLES_FILE;
    static final String TABLES = CsvSchema.TABLES_DIR;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final Path dir;
    private final boolean bom;
    private final OutputDirectory claim;
    private final boolean ownsClaim;
    private final Set<String> completed;
    private final Journal entities;
    private final Journal mentions;
    private final Journal articles;
    private long nextSeq;

    /** One journal file: an appender plus where this run's rows start (the kept rows end). */
    private static final class Journal {
        final Path file;
        final long keptBytes;
        final Writer writer;

        Journal(Path file) throws IOException {
            this.file = file;
            this.keptBytes = Files.exists(file) ? Files.size(file) : 0;
            this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND), StandardCharsets.UTF_8));
        }
    }

    private CorpusOutput(OutputDirectory claim, boolean ownsClaim, boolean bom, Set<String> completed, long nextSeq)
            throws IOException {
        this.dir = claim.path();
        this.claim = claim;
        this.ownsClaim = ownsClaim;
        this.bom = bom;
        this.completed = Set.copyOf(completed);
        this.nextSeq = nextSeq;
        Path journal = dir.resolve(JOURNAL);
        this.entities = new Journal(journal.resolve(ENTITIES));
        this.mentions = new Journal(journal.resolve(MENTIONS));
        this.articles = new Journal(journal.resolve(ARTICLES));
    }

    /**
     * Opens {@code dir} for a batch: {@link OutputDirectory#claim claims} it (lock, checks) in
     * mode {@code RESUME} or {@code OVERWRITE}, then {@link #open(OutputDirectory, boolean)}.
     */
    public static CorpusOutput open(Path dir, boolean resume, boolean bom) throws IOException {
        OutputDirectory claim = OutputDirectory.claim(dir, resume ? OutputDirectory.Mode.RESUME
                : OutputDirectory.Mode.OVERWRITE, 0);
        try {
            return open(claim, bom, true);
        } catch (IOException | RuntimeException e) {
            claim.close();
            throw e;
        }
    }

    /**
     * Opens a claimed directory for a batch. With mode {@code RESUME}, articles completed by an
     * earlier run are kept (see {@link #completed()}) and the rows of articles that failed or were
     * cut off are dropped, to be redone; otherwise the journal starts empty. The claim stays the
     * caller's to close.
     *
     * @param bom start the final CSV files with a UTF-8 byte-order mark (for spreadsheets)
     * @throws OutputDirectory.Problem when the journal to resume was written by another version
     */
    public static CorpusOutput open(OutputDirectory claim, boolean bom) throws IOException {
        return open(claim, bom, false);
    }

    private static CorpusOutput open(OutputDirectory claim, boolean bom, boolean ownsClaim) throws IOException {
        Path dir = claim.path();
        Path journal = dir.resolve(JOURNAL);
        Set<String> done = new HashSet<>();
        long nextSeq = 0;
        if (claim.mode() == OutputDirectory.Mode.RESUME && Files.isDirectory(journal)) {
            Path format = journal.resolve(FORMAT_FILE);
            if (!Files.exists(format) || !Files.readString(format).trim().equals(JOURNAL_FORMAT)) {
                throw new OutputDirectory.Problem("the journal in " + journal + " was written by another version"
                        + " of arner and cannot be resumed: rerun with --overwrite instead of --resume");
            }
            done = okArticles(readJournal(journal.resolve(ARTICLES)));
            nextSeq = Math.max(nextSeq, keepOnly(journal.resolve(ENTITIES), done, false));
            nextSeq = Math.max(nextSeq, keepOnly(journal.resolve(MENTIONS), done, false));
            nextSeq = Math.max(nextSeq, keepOnly(journal.resolve(ARTICLES), done, true));
        } else {
            org.apache.commons.io.FileUtils.deleteDirectory(journal.toFile());
            org.apache.commons.io.FileUtils.deleteDirectory(dir.resolve(TABLES).toFile());
        }
        Files.createDirectories(journal);
        Files.writeString(journal.resolve(FORMAT_FILE), JOURNAL_FORMAT + "\n");
        Files.createDirectories(dir.resolve(TABLES));
        AtomicFiles.removeLeftovers(dir);
        AtomicFiles.removeLeftovers(dir.resolve(TABLES));
        AtomicFiles.removeLeftovers(journal);
        return new CorpusOutput(claim, ownsClaim, bom, done, nextSeq);
    }

    /** Ids of the articles an earlier run completed (empty unless resuming). */
    public Set<String> completed() {
        return completed;
    }

    public Path directory() {
        return dir;
    }

    /** Records a finished article after the ones written so far (see {@link #write(long, ArticleEntities, String)}). */
    public synchronized void write(ArticleEntities a, String source) throws IOException {
        write(nextSeq, a, source);
    }

    /**
     * Records a finished article: its table file, then its rows in the journal.
     *
     * @param seq the article's position among the inputs: the CSVs list articles by it
     */
    public synchronized void write(long seq, ArticleEntities a, String source) throws IOException {
        List<List<String>> entityRows = CsvSchema.entityRows(a);
        AtomicFiles.write(tablePath(a.articleId()), out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (bom) {
                w.write('\uFEFF');
            }
            CSVPrinter p = new CSVPrinter(w, FORMAT);
            p.printRecord(CsvSchema.ENTITIES);
            for (List<String> r : entityRows) {
                p.printRecord(safe(CsvSchema.ENTITIES, r));
            }
            p.flush();
        });
        append(entities, seq, CsvSchema.ENTITIES, entityRows);
        append(mentions, seq, CsvSchema.MENTIONS, CsvSchema.mentionRows(a));
        append(articles, seq, CsvSchema.ARTICLES, List.of(CsvSchema.articleRow(a, source)));
        nextSeq = Math.max(nextSeq, seq + 1);
    }

    /** Records an article that failed after the ones written so far. */
    public synchronized void writeError(String articleId, String source, int chars, String error)
            throws IOException {
        writeError(nextSeq, articleId, source, chars, error);
    }

    /** Records an article that failed, with its one-line error; {@code seq} as in {@link #write(long, ArticleEntities, String)}. */
    public synchronized void writeError(long seq, String articleId, String source, int chars, String error)
            throws IOException {
        append(articles, seq, CsvSchema.ARTICLES,
                List.of(CsvSchema.errorRow(articleId, source, chars, error.replaceAll("[\\r\\n]+", " "))));
        nextSeq = Math.max(nextSeq, seq + 1);
    }

    /** The per-article table file, named by {@link TableNames}. */
    public Path tablePath(String articleId) {
        return dir.resolve(TABLES).resolve(TableNames.fileName(articleId));
    }

    /** Writes {@code entities.csv}, {@code mentions.csv} and {@code articles.csv}, each atomically, in input order. */
    public synchronized void finish() throws IOException {
        for (Journal j : List.of(entities, mentions, articles)) {
            j.writer.flush();
        }
        publish(entities, dir.resolve(ENTITIES), CsvSchema.ENTITIES);
        publish(mentions, dir.resolve(MENTIONS), CsvSchema.MENTIONS);
        publish(articles, dir.resolve(ARTICLES), CsvSchema.ARTICLES);
    }

    @Override
    public synchronized void close() throws IOException {
        try (Writer e = entities.writer; Writer m = mentions.writer; Writer a = articles.writer) {
            // closing flushes the journal
        } finally {
            if (ownsClaim) {
                claim.close();
            }
        }
    }

    private static List<String> safe(List<String> header, List<String> row) {
        return SpreadsheetSafe.row(header, CsvSchema.NUMERIC, row);
    }

    /**
     * Writes the journal's rows without their sequence numbers, merging the rows kept from an
     * earlier run with this run's (each already in sequence order) into one ordered file.
     */
    private void publish(Journal j, Path target, List<String> header) throws IOException {
        AtomicFiles.write(target, out -> {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CSVPrinter printer = new CSVPrinter(w, FORMAT);
            printer.printRecord(header);
            try (InputStream keptIn = BoundedInputStream.builder().setInputStream(Files.newInputStream(j.file))
                         .setMaxCount(j.keptBytes).get();
                 InputStream newIn = Files.newInputStream(j.file)) {
                newIn.skipNBytes(j.keptBytes);
                Iterator<CSVRecord> kept = FORMAT.parse(reader(keptIn)).iterator();
                Iterator<CSVRecord> fresh = FORMAT.parse(reader(newIn)).iterator();
                CSVRecord a = kept.hasNext() ? kept.next() : null;
                CSVRecord b = fresh.hasNext() ? fresh.next() : null;
                while (a != null || b != null) {
                    boolean takeKept = b == null || (a != null && seq(a) <= seq(b));
                    CSVRecord r = takeKept ? a : b;
                    printer.printRecord(r.stream().skip(1).toList());
                    if (takeKept) {
                        a = kept.hasNext() ? kept.next() : null;
                    } else {
                        b = fresh.hasNext() ? fresh.next() : null;
                    }
                }
            }
            printer.flush();
        });
    }

    private static Reader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static long seq(CSVRecord r) {
        return Long.parseLong(r.get(0));
    }

    private static void append(Journal j, long seq, List<String> header, List<List<String>> rows) throws IOException {
        CSVPrinter p = new CSVPrinter(j.writer, FORMAT);
        for (List<String> r : rows) {
            List<String> line = new ArrayList<>(r.size() + 1);
            line.add(Long.toString(seq));
            line.addAll(safe(header, r));
            p.printRecord(line);
        }
        p.flush();
        j.writer.flush();
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
                if (rec.size() < 2 || !rec.get(0).matches("[0-9]{1,18}")) {
                    break; // a torn record that happened to parse
                }
                out.add(rec);
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            // a torn record inside quotes: keep what parsed before it
        }
        return out;
    }

    /** The raw article id of a journal row. */
    private static String articleId(CSVRecord r) {
        return SpreadsheetSafe.restore(r.get(1));
    }

    private static boolean isOk(CSVRecord r) {
        return r.size() >= 4 && CsvSchema.STATUS_OK.equals(r.get(3));
    }

    /**
     * Articles with an {@code ok} row. An error row under the same id (a later duplicate of the
     * id) does not undo it: the duplicate is reported again by the resumed run.
     */
    static Set<String> okArticles(List<CSVRecord> articleRows) {
        Set<String> ok = new HashSet<>();
        for (CSVRecord r : articleRows) {
            if (isOk(r)) {
                ok.add(articleId(r));
            }
        }
        return ok;
    }

    /**
     * Rewrites a journal file keeping only the rows of completed articles, in sequence order;
     * returns the sequence number after the last kept one. Completed articles are never redone,
     * so their rows are there once; in the articles journal only their {@code ok} row is kept
     * (error rows, such as a duplicate id's, are produced again by the resumed run).
     */
    private static long keepOnly(Path p, Set<String> ids, boolean okRowsOnly) throws IOException {
        List<CSVRecord> kept = new ArrayList<>();
        for (CSVRecord r : readJournal(p)) {
            if (ids.contains(articleId(r)) && (!okRowsOnly || isOk(r))) {
                kept.add(r);
            }
        }
        kept.sort(Comparator.comparingLong(CorpusOutput::seq)); // stable: an article's rows keep their order
        AtomicFiles.write(p, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CSVPrinter printer = new CSVPrinter(w, FORMAT);
            for (CSVRecord row : kept) {
                printer.printRecord(row.toList());
            }
            printer.flush();
        });
        return kept.isEmpty() ? 0 : seq(kept.get(kept.size() - 1)) + 1;
    }
}
