package org.arabicner.store;

import java.nio.file.Path;
import java.time.Duration;

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
 */
public record IndexReport(Path database, long articles, long articleEntities, long corpusEntities,
                          long mentions, long nameKeys, Duration elapsed) {

    /** One line for logs and the CLI. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "indexed %,d articles, %,d article entities (%,d corpus entities), %,d mentions,"
                        + " %,d name keys into %s in %.1f s",
                articles, articleEntities, corpusEntities, mentions, nameKeys, database,
                elapsed.toMillis() / 1000.0);
    }
}
