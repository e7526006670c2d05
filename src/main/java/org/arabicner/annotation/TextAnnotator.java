package org.arabicner.annotation;

/**
 * Segments, sentence-splits and POS-tags Arabic text. Implementations say whether they are
 * thread-safe; the CoreNLP one is.
 */
public interface TextAnnotator {

    AnnotatedText annotate(String text);
}
