package org.arabicner.ingest;

/** What reading one input yields: an {@link Article} or a {@link BadInput}. */
public sealed interface ArticleInput permits Article, BadInput {

    String id();

    String source();
}
