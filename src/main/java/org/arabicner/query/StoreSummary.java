package org.arabicner.query;

/**
 * Counts of a corpus database.
 *
 * @param articles        all articles
 * @param failedArticles  articles whose status is not {@code ok}
 * @param corpusEntities  distinct entities
 * @param articleEntities entity rows (one per entity per article)
 * @param mentions        mention rows
 * @param builtAt         when the database was built (ISO-8601), or empty
 */
public record StoreSummary(long articles, long failedArticles, long corpusEntities,
                           long articleEntities, long mentions, String builtAt) {
}
