package org.arabicner.ingest;

/**
 * Input that could not become an article: the batch records it as an error row and goes on.
 *
 * @param id     the article id when known, else a name derived from the source
 * @param source the path, or {@code path:line} for JSONL
 * @param error  one line naming what is wrong and how to fix it
 */
public record BadInput(String id, String source, String error) implements ArticleInput {
}
