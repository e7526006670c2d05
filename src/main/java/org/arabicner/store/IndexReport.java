package org.arabicner.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What one {@link CorpusIndexer#index} run built.
 *
 * @param database         the database file, now in place
 * @param articles         article rows (ok and error)
 * @param articleEntities  entity rows, one per entity per article
 * @param corpusEntities   distinct entities across the corpus
 * @param mentions         mention rows
 * @param nameKeys         lookup keys in the name-key table
 * @param elapsed          wall-clock build time, rename included
 * @param steps            wall-clock time of each build step, in order
 */
public record IndexReport(Path database, long articles, long articleEntities, long corpusEntities,
                          long mentions, long nameKeys, Duration elapsed, Map<String, Duration> steps) {

    public IndexReport {
        steps = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(steps));
    }

    /** The step times on one line: {@code read entities 1.2 s, ...}. */
    public String stepSummary() {
        StringBuilder sb = new StringBuilder();
        steps.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(String.format(
                java.util.Locale.ROOT, "%s %.1f s", k, v.toMillis() / 1000.0)));
        return sb.toString();
    }

    /** One line for logs and the CLI. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "indexed %,d articles, %,d article entities (%,d corpus entities), %,d mentions,"
                        + " %,d name keys into %s in %.1f s",
                articles, articleEntities, corpusEntities, mentions, nameKeys, database,
                elapsed.toMillis() / 1000.0);
    }
}
