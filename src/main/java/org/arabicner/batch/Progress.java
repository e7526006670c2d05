package org.arabicner.batch;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.arabicner.ingest.Article;

/**
 * Progress of a batch on stderr, every {@code intervalMillis} while the batch runs: articles
 * done of the total, articles/s, tokens/s, the ETA and, when an article has been running for
 * longer than the interval, which one and for how long (so a 5 MB article does not look like
 * a hang). Thread-safe: counters are atomic, running articles sit in a concurrent map, and a
 * single ticker thread prints.
 */
final class Progress implements AutoCloseable {

    private final PrintWriter out;
    private final long total;
    private final long intervalMillis;
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final Map<Article, Long> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker;

    Progress(PrintWriter out, long total, long intervalMillis) {
        this.out = out;
        this.total = total;
        this.intervalMillis = intervalMillis;
        if (out == null) {
            ticker = null;
        } else {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "arner-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::print, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        }
    }

    void articleStarted(Article a) {
        running.put(a, System.nanoTime());
    }

    void articleFinished(Article a) {
        running.remove(a);
    }

    void articleDone(long articleTokens, boolean failed) {
        done.incrementAndGet();
        tokens.addAndGet(articleTokens);
        if (failed) {
            errors.incrementAndGet();
        }
    }

    private void print() {
        out.println(line(System.nanoTime()));
        out.flush();
    }

    String line(long now) {
        double s = Math.max(now - startNanos, 1) / 1e9;
        long d = done.get();
        double rate = d / s;
        String eta = rate > 0 && total > d ? formatDuration((long) ((total - d) / rate)) : "-";
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "arner: %d/%d articles (%.1f%%),"
                + " %.2f articles/s, %.0f tokens/s, %d errors, ETA %s", d, total,
                total == 0 ? 100.0 : 100.0 * Math.min(d, total) / total, rate, tokens.get() / s, errors.get(), eta));
        running.entrySet().stream().min(Map.Entry.comparingByValue()).ifPresent(e -> {
            long ms = (now - e.getValue()) / 1_000_000;
            if (ms >= intervalMillis) {
                b.append(String.format(Locale.ROOT, "; working on %s (%,d characters) for %s",
                        e.getKey().source(), e.getKey().text().length(), formatDuration(ms / 1000)));
            }
        });
        return b.toString();
    }

    static String formatDuration(long seconds) {
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return seconds + "s";
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }
}
