package org.arabicner.render;

/**
 * One row of {@code articles.csv}.
 *
 * @param articleId the article's id
 * @param source    where the batch read it ({@code path} or {@code path:line})
 * @param ok        status {@code ok}; false for an error row
 * @param chars     the text's length in UTF-16 units, -1 when unknown
 * @param tokens    tokens the segmenter produced, -1 when unknown
 * @param entities  entities in its table, -1 when unknown
 * @param error     the error message of an error row, else empty
 */
public record ArticleRow(String articleId, String source, boolean ok, int chars, int tokens, int entities,
                         String error) {
}
