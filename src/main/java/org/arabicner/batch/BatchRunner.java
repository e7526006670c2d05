package org.arabicner.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.arabicner.ArabicNer;
import org.arabicner.ArticleEntities;
import org.arabicner.ingest.Article;
import org.arabicner.ingest.ArticleInput;
import org.arabicner.ingest.ArticleReader;
import org.arabicner.ingest.BadInput;
import org.arabicner.output.CorpusOutput;

/**
 * Runs the pipeline over a corpus: inputs are read on the calling thread, annotated by
 * {@code threads} workers sharing one {@link ArabicNer}, and written by one writer thread, so
 * that workers never wait for the disk. A failing article becomes an error row and the batch
 * goes on. Not thread-safe: one {@link #run} at a time.
 */
public final class BatchRunner {

    private final ArabicNer ner;
    private final BatchOptions options;
    private final PrintWriter log;

    /** @param log where progress and errors go (stderr), or null for silence */
    public BatchRunner(ArabicNer ner, BatchOptions options, PrintWriter log) {
        this.ner = ner;
        this.options = options;
        this.log = log;
    }

    public BatchSummary run(ArticleReader reader, CorpusOutput output) throws IOException {
        long start = System.nanoTime();
        Progress progress = new Progress(options.progress() ? log : null, reader.countArticles()
                - output.completed().size(), 2000);
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicLong ok = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        AtomicLong entities = new AtomicLong();
        List<IOException> writeFailures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemon("arner-worker"));
        ExecutorService writer = Executors.newSingleThreadExecutor(daemon("arner-writer"));
        Semaphore inFlight = new Semaphore(options.threads() * 4); // bounds memory on huge corpora
        try {
            for (ArticleInput input : reader) {
                if (input instanceof BadInput bad) {
                    errors.add(bad.error());
                    writer.submit(() -> write(() -> output.writeError(bad.id(), bad.source(), -1, bad.error()),
                            writeFailures));
                    progress.articleDone(0, true);
                    continue;
                }
                Article article = (Article) input;
                if (output.completed().contains(article.id())) {
                    skipped.incrementAndGet();
                    continue;
                }
                inFlight.acquireUninterruptibly();
                workers.submit(() -> {
                    try {
                        ArticleEntities result = ner.annotate(article.id(), article.text());
                        ok.incrementAndGet();
                        tokens.addAndGet(result.tokens());
                        entities.addAndGet(result.entities().size());
                        writer.submit(() -> write(() -> output.write(result, article.source()), writeFailures));
                        progress.articleDone(result.tokens(), false);
                    } catch (RuntimeException | StackOverflowError e) {
                        String msg = article.source() + ": annotation failed (" + e + "); the article was"
                                + " skipped, report it with the file attached";
                        errors.add(msg);
                        writer.submit(() -> write(() -> output.writeError(article.id(), article.source(),
                                article.text().length(), msg), writeFailures));
                        progress.articleDone(0, true);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            shutdown(workers);
            shutdown(writer);
        }
        if (!writeFailures.isEmpty()) {
            throw writeFailures.get(0);
        }
        output.finish();
        return new BatchSummary(ok.get(), skipped.get(), errors, tokens.get(), entities.get(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void write(Write w, List<IOException> failures) {
        try {
            w.run();
        } catch (IOException e) {
            failures.add(e);
        }
    }

    private static void shutdown(ExecutorService pool) {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // long articles: keep waiting
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while finishing the batch", e));
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong n = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
