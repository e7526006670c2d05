package org.arabicner.ingest;

/**
 * One article to annotate.
 *
 * @param id     the article's id (file name without extension, or the JSONL {@code id})
 * @param source where it came from: a path, or {@code path:line} for JSONL
 * @param text   the article text as read (UTF-8 decoded, a leading BOM removed, nothing else
 *               changed): every offset the pipeline reports points into this string
 */
public record Article(String id, String source, String text) implements ArticleInput {
}
