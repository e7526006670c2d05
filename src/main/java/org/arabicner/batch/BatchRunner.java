package org.arabicner.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.arabicner.ArabicNer;
import org.arabicner.ArticleEntities;
import org.arabicner.ingest.Article;
import org.arabicner.ingest.ArticleInput;
import org.arabicner.ingest.ArticleReader;
import org.arabicner.ingest.BadInput;
import org.arabicner.output.CorpusOutput;
import org.arabicner.output.OutputDirectory;

/**
 * Runs the pipeline over a corpus: inputs are read on the calling thread, annotated by
 * {@code threads} workers sharing one {@link ArabicNer} (each article through a
 * {@link SafeAnnotator}, so every article ends in exactly one row whatever it throws), and
 * written by one writer thread in input order, so that two runs over the same input write the
 * same files. At most {@code 8 × threads} articles are in flight, which bounds memory however
 * long the corpus.
 *
 * <p>The batch stops early in two cases, and says why in {@link BatchSummary#stopReason()}:
 * an article ran out of memory (the articles not yet started get a "not annotated" error
 * row, so that {@code --resume} redoes them), or the output could not be written (the
 * {@link IOException} is thrown after the workers are done; the journal keeps every article
 * written before it). Not thread-safe: one {@link #run} at a time.
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

    /** An input waiting for the writer, in input order. */
    private record Pending(long seq, ArticleInput input, CompletableFuture<SafeAnnotator.Outcome> outcome) {
    }

    private static final Pending END = new Pending(-1, null, null);

    public BatchSummary run(ArticleReader reader, CorpusOutput output) throws IOException {
        long start = System.nanoTime();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicLong ok = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        AtomicLong entities = new AtomicLong();
        AtomicReference<String> stop = new AtomicReference<>();
        AtomicReference<IOException> writeFailure = new AtomicReference<>();
        BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(options.threads() * 8);
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemon("arner-worker"));
        try (Progress progress = new Progress(options.progress() ? log : null,
                reader.countArticles() - output.completed().size(), 2000);
             SafeAnnotator annotator = new SafeAnnotator(ner, options.limits())) {
            Thread writer = new Thread(() -> {
                while (true) {
                    Pending p = take(queue);
                    if (p == END) {
                        return;
                    }
                    SafeAnnotator.Outcome outcome = p.outcome() == null ? null : outcome(p);
                    String error;
                    if (p.input() instanceof BadInput bad) {
                        error = bad.error();
                    } else if (outcome instanceof SafeAnnotator.Failure f) {
                        error = f.message();
                    } else {
                        error = null;
                    }
                    if (writeFailure.get() != null) {
                        continue; // nothing more can be written; drain so the reader never blocks
                    }
                    try {
                        if (error == null) {
                            ArticleEntities result = ((SafeAnnotator.Success) outcome).result();
                            output.write(p.seq(), result, p.input().source());
                            ok.incrementAndGet();
                            tokens.addAndGet(result.tokens());
                            entities.addAndGet(result.entities().size());
                            progress.articleDone(result.tokens(), false);
                        } else {
                            int chars = p.input() instanceof Article a ? a.text().length() : -1;
                            output.writeError(p.seq(), p.input().id(), p.input().source(), chars, error);
                            errors.add(error);
                            progress.articleDone(0, true);
                        }
                    } catch (Throwable e) { // NOPMD: the reader must never wait on a dead writer
                        IOException io = e instanceof IOException x ? x : new IOException(e.toString(), e);
                        writeFailure.set(io);
                        stop.compareAndSet(null, "cannot write the output in " + output.directory() + " ("
                                + OutputDirectory.reason(io) + ")");
                    }
                }
            }, "arner-writer");
            writer.setDaemon(true);
            writer.start();

            long seq = 0;
            for (ArticleInput input : reader) {
                if (writeFailure.get() != null) {
                    break;
                }
                long s = seq++;
                if (input instanceof BadInput) {
                    put(queue, new Pending(s, input, null));
                    continue;
                }
                Article article = (Article) input;
                if (output.completed().contains(article.id())) {
                    skipped.incrementAndGet();
                    continue;
                }
                String stopped = stop.get();
                if (stopped != null) {
                    put(queue, new Pending(s, input, CompletableFuture.completedFuture(new SafeAnnotator.Failure(
                            article, SafeAnnotator.FailureKind.CRASHED, article.source() + ": not annotated: the"
                            + " batch stopped (" + stopped + "); rerun with --resume to annotate it", null))));
                    continue;
                }
                CompletableFuture<SafeAnnotator.Outcome> f = CompletableFuture.supplyAsync(() -> {
                    progress.articleStarted(article);
                    try {
                        SafeAnnotator.Outcome o = annotator.annotate(article);
                        if (o instanceof SafeAnnotator.Failure fail && fail.fatal()) {
                            stop.compareAndSet(null, "out of memory while annotating " + article.source());
                        }
                        return o;
                    } finally {
                        progress.articleFinished(article);
                    }
                }, workers);
                put(queue, new Pending(s, input, f));
            }
            put(queue, END);
            join(writer);
        } finally {
            workers.shutdownNow();
        }
        if (writeFailure.get() != null) {
            IOException e = writeFailure.get();
            throw new IOException(stop.get() + ": free space or fix permissions, then rerun with --resume", e);
        }
        output.finish();
        return new BatchSummary(ok.get(), skipped.get(), errors, tokens.get(), entities.get(),
                Duration.ofNanos(System.nanoTime() - start), stop.get());
    }

    /** The outcome of a pending article; a worker that died unexpectedly still yields a failure. */
    private static SafeAnnotator.Outcome outcome(Pending p) {
        try {
            return p.outcome().join();
        } catch (RuntimeException e) {
            Article a = (Article) p.input();
            return new SafeAnnotator.Failure(a, SafeAnnotator.FailureKind.CRASHED, a.source()
                    + ": annotation failed (" + SafeAnnotator.describe(e.getCause() == null ? e : e.getCause())
                    + "); the article was skipped, please report it with the file attached", e);
        }
    }

    private static Pending take(BlockingQueue<Pending> q) {
        while (true) {
            try {
                return q.take();
            } catch (InterruptedException e) {
                // keep draining: the reader waits for room in the queue until END
            }
        }
    }

    private static void put(BlockingQueue<Pending> q, Pending p) {
        boolean interrupted = false;
        while (true) {
            try {
                q.put(p);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
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
