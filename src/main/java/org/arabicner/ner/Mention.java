package org.arabicner.ner;

import org.arabicner.text.CharSpan;
import org.arabicner.text.EntityType;

/**
 * One name in an article as the NER stage found it.
 *
 * @param span       where it stands in the original article text
 * @param text       the original text under {@code span} (never the segmenter's rewrite)
 * @param type       the NER class
 * @param sentence   0-based index of the sentence it is in
 * @param confidence the tagger's probability for the mention's labels, in [0, 1]
 */
public record Mention(CharSpan span, String text, EntityType type, int sentence, double confidence) {

    public Mention {
        if (text == null || text.length() != span.length()) {
            throw new IllegalArgumentException("mention text '" + text + "' does not fit span " + span);
        }
        if (type == null) {
            throw new IllegalArgumentException("mention without type at " + span);
        }
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
