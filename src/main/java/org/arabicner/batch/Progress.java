package org.arabicner.batch;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a batch on stderr: articles done of the total, articles/s, tokens/s and the ETA,
 * at most every {@code intervalMillis}. Thread-safe: counters are atomic and printing is
 * serialised.
 */
final class Progress {

    private final PrintWriter out;
    private final long total;
    private final long intervalMillis;
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private long lastPrint = System.nanoTime();

    Progress(PrintWriter out, long total, long intervalMillis) {
        this.out = out;
        this.total = total;
        this.intervalMillis = intervalMillis;
    }

    void articleDone(long articleTokens, boolean failed) {
        done.incrementAndGet();
        tokens.addAndGet(articleTokens);
        if (failed) {
            errors.incrementAndGet();
        }
        maybePrint();
    }

    private synchronized void maybePrint() {
        long now = System.nanoTime();
        if (out == null || (now - lastPrint) / 1_000_000 < intervalMillis) {
            return;
        }
        lastPrint = now;
        out.println(line(now));
        out.flush();
    }

    String line(long now) {
        double s = Math.max(now - startNanos, 1) / 1e9;
        long d = done.get();
        double rate = d / s;
        String eta = rate > 0 && total > d ? formatDuration((long) ((total - d) / rate)) : "-";
        return String.format(Locale.ROOT, "arner: %d/%d articles (%.1f%%), %.2f articles/s, %.0f tokens/s,"
                + " %d errors, ETA %s", d, total, total == 0 ? 100.0 : 100.0 * d / total, rate,
                tokens.get() / s, errors.get(), eta);
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
}
