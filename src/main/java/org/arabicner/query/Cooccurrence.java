package org.arabicner.query;

/**
 * An entity that shares articles with another.
 *
 * @param entity         the other entity (corpus totals)
 * @param sharedArticles how many articles mention both
 */
public record Cooccurrence(CorpusEntity entity, int sharedArticles) {
}
