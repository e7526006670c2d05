package org.arabicner.batch;

import java.time.Duration;
import java.util.List;

/**
 * What a batch did.
 *
 * @param articles articles annotated in this run (ok)
 * @param skipped  articles skipped because an earlier run completed them ({@code --resume})
 * @param errors   one line per input that failed, naming the file and the fix
 * @param tokens   tokens annotated in this run
 * @param entities entities found in this run
 * @param wall     wall time of the batch (models already loaded)
 * @param stopReason why the batch stopped before annotating every article (out of memory, the
 *                 output could not be written), or null when it did not
 */
public record BatchSummary(long articles, long skipped, List<String> errors, long tokens, long entities,
                           Duration wall, String stopReason) {

    /** Errors listed one per line at the end of a run; the rest are in articles.csv. */
    static final int ERRORS_SHOWN = 20;

    public BatchSummary {
        errors = List.copyOf(errors);
    }

    /** A batch that ran to the end. */
    public BatchSummary(long articles, long skipped, List<String> errors, long tokens, long entities, Duration wall) {
        this(articles, skipped, errors, tokens, entities, wall, null);
    }

    public boolean allSucceeded() {
        return errors.isEmpty();
    }

    /** The summary as printed at the end of a run. */
    public String format() {
        double s = Math.max(wall.toMillis(), 1) / 1000.0;
        StringBuilder b = new StringBuilder();
        b.append(String.format(java.util.Locale.ROOT,
                "arner: %d articles, %d tokens, %d entities, %d errors, %d skipped (already done) in %.1f s"
                        + " (%.2f articles/s, %.0f tokens/s)%n",
                articles, tokens, entities, errors.size(), skipped, s, articles / s, tokens / s));
        for (String e : errors.subList(0, Math.min(errors.size(), ERRORS_SHOWN))) {
            b.append("  error: ").append(e).append(System.lineSeparator());
        }
        if (errors.size() > ERRORS_SHOWN) {
            b.append("  … and ").append(errors.size() - ERRORS_SHOWN)
                    .append(" more errors: see the error column of articles.csv").append(System.lineSeparator());
        }
        if (stopReason != null) {
            b.append("arner: the batch stopped early: ").append(stopReason)
                    .append("; fix that, then rerun with --resume to finish").append(System.lineSeparator());
        }
        return b.toString();
    }
}
