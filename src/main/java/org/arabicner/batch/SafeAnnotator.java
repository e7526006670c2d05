package org.arabicner.batch;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.arabicner.ArabicNer;
import org.arabicner.ArticleEntities;
import org.arabicner.ingest.Article;
import org.arabicner.output.CsvSchema;

/**
 * Annotates one article so that the caller always gets exactly one {@link Outcome}: the result,
 * or a {@link Failure} holding the one-line error for the article's {@code articles.csv} row.
 * Nothing the pipeline throws escapes, not even an {@link Error}:
 * <ul>
 *   <li>an article longer than {@link Limits#maxChars()} is refused before annotation
 *       ({@link FailureKind#TOO_LONG});</li>
 *   <li>an article still running after {@link Limits#timeLimit()} is given up
 *       ({@link FailureKind#TIMED_OUT}): its thread is interrupted and its result, if it ever
 *       comes, is dropped (CoreNLP does not always notice interrupts, so the thread may run on
 *       in the background until the segmenter returns);</li>
 *   <li>any other {@link Throwable} (a CoreNLP {@code Error}, a {@code StackOverflowError}, a
 *       bug) becomes {@link FailureKind#CRASHED};</li>
 *   <li>an {@link OutOfMemoryError} becomes {@link FailureKind#OUT_OF_MEMORY}, which
 *       {@link Failure#fatal()} marks as a reason to stop: after it the JVM's state is
 *       unreliable, so the batch stops taking articles (and {@code --resume} continues).</li>
 * </ul>
 *
 * <p>Meant for any driver of the pipeline: the batch runner uses it per article, and a Spark
 * job can use it per record (build one per executor JVM, call {@link #annotate} from any
 * thread, turn a {@link Failure} into {@link Failure#errorRow()}).
 *
 * <p>Thread-safe. With a time limit each call runs on a pooled daemon thread (the caller waits
 * for it), so that an article that never returns cannot hold the caller; without one it runs on
 * the caller's thread. {@link #close()} releases the pool.
 */
public final class SafeAnnotator implements AutoCloseable {

    /**
     * Limits that turn pathological articles into error rows.
     *
     * @param maxChars  longest article annotated, in UTF-16 chars (longer ones are refused)
     * @param timeLimit longest wall time spent on one article; {@link Duration#ZERO} for none
     */
    public record Limits(int maxChars, Duration timeLimit) implements java.io.Serializable {

        /** Longest article by default: 300,000 characters (a long report; news articles are under 50,000). */
        public static final int DEFAULT_MAX_CHARS = 300_000;
        /** Time limit by default: 120 s of wall time per article. */
        public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(120);

        public Limits {
            if (maxChars < 1) {
                throw new IllegalArgumentException("--max-chars must be at least 1, was " + maxChars);
            }
            if (timeLimit == null || timeLimit.isNegative()) {
                throw new IllegalArgumentException("--time-limit must be 0 (none) or more seconds, was " + timeLimit);
            }
        }

        public static Limits defaults() {
            return new Limits(DEFAULT_MAX_CHARS, DEFAULT_TIME_LIMIT);
        }

        /** No limits (for tests and trusted input). */
        public static Limits none() {
            return new Limits(Integer.MAX_VALUE, Duration.ZERO);
        }
    }

    /** What annotating one article gave. */
    public sealed interface Outcome permits Success, Failure {
        Article article();
    }

    /** The article was annotated. */
    public record Success(Article article, ArticleEntities result) implements Outcome {
    }

    /** Why an article failed. */
    public enum FailureKind {
        TOO_LONG, TIMED_OUT, CRASHED, OUT_OF_MEMORY
    }

    /**
     * The article failed; {@link #message()} names its source and the fix.
     *
     * @param cause the throwable behind the failure, or null for limits
     */
    public record Failure(Article article, FailureKind kind, String message, Throwable cause) implements Outcome {

        /** True when the batch should stop after this failure (the JVM ran out of memory). */
        public boolean fatal() {
            return kind == FailureKind.OUT_OF_MEMORY;
        }

        /** The article's {@code articles.csv} row (see {@link CsvSchema#errorRow}). */
        public List<String> errorRow() {
            return CsvSchema.errorRow(article.id(), article.source(), article.text().length(), message);
        }
    }

    private final ArabicNer ner;
    private final Limits limits;
    private final ExecutorService pool;

    public SafeAnnotator(ArabicNer ner, Limits limits) {
        this.ner = ner;
        this.limits = limits;
        this.pool = limits.timeLimit().isZero() ? null : Executors.newCachedThreadPool(daemonThreads());
    }

    public Limits limits() {
        return limits;
    }

    /** Annotates {@code article}; never throws (an interrupt of the caller becomes a failure too). */
    public Outcome annotate(Article article) {
        int chars = article.text().length();
        if (chars > limits.maxChars()) {
            return new Failure(article, FailureKind.TOO_LONG, String.format(Locale.ROOT,
                    "%s: article too long (%,d characters, the limit is %,d); split it, or raise --max-chars",
                    article.source(), chars, limits.maxChars()), null);
        }
        if (pool == null) {
            return guarded(article);
        }
        Future<Outcome> future;
        try {
            future = pool.submit(() -> guarded(article));
        } catch (RuntimeException | OutOfMemoryError e) {
            return failure(article, e);
        }
        try {
            return future.get(limits.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Failure(article, FailureKind.TIMED_OUT, String.format(Locale.ROOT,
                    "%s: annotation took longer than the time limit of %d s (%,d characters); split the"
                            + " article, or raise --time-limit", article.source(),
                    limits.timeLimit().toSeconds(), chars), null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Failure(article, FailureKind.CRASHED, article.source()
                    + ": annotation was interrupted (the batch is stopping); rerun with --resume", e);
        } catch (ExecutionException | CancellationException e) {
            return failure(article, e.getCause() == null ? e : e.getCause());
        }
    }

    /** Runs the pipeline on the current thread, catching everything. */
    private Outcome guarded(Article article) {
        try {
            return new Success(article, ner.annotate(article.id(), article.text()));
        } catch (Throwable e) { // NOPMD: an article must end in a row whatever it throws
            return failure(article, e);
        }
    }

    private static Failure failure(Article article, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return new Failure(article, FailureKind.OUT_OF_MEMORY, String.format(Locale.ROOT,
                    "%s: out of memory while annotating (%,d characters, heap limit %,d MB); the batch"
                            + " stopped here: give Java more memory (ARNER_JAVA_OPTS=\"-Xmx6g\") or fewer"
                            + " --threads, then rerun with --resume", article.source(),
                    article.text().length(), Runtime.getRuntime().maxMemory() >> 20), e);
        }
        String what = e instanceof StackOverflowError ? "stack overflow" : describe(e);
        return new Failure(article, FailureKind.CRASHED, article.source() + ": annotation failed ("
                + what + "); the article was skipped, please report it with the file attached", e);
    }

    /** A throwable in one line: its class's simple name and message. */
    static String describe(Throwable e) {
        String m = e.getMessage();
        String s = e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
        s = s.replaceAll("\\s+", " ").trim();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicLong n = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, "arner-annotate-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Stops the pool's idle threads; annotations still running are interrupted. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
