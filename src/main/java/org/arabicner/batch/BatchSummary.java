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
 */
public record BatchSummary(long articles, long skipped, List<String> errors, long tokens, long entities,
                           Duration wall) {

    public BatchSummary {
        errors = List.copyOf(errors);
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
        for (String e : errors) {
            b.append("  error: ").append(e).append(System.lineSeparator());
        }
        return b.toString();
    }
}
