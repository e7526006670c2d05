package org.arabicner.train;

import java.util.List;

/** One sentence of a CoNLL file: its words and their tags ({@code O}, {@code B-PERS}, …), aligned. */
public record ConllSentence(List<String> words, List<String> tags) {

    public ConllSentence {
        words = List.copyOf(words);
        tags = List.copyOf(tags);
        if (words.size() != tags.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
        }
    }

    public int size() {
        return words.size();
    }

    /** The words joined by single spaces: the text the pipeline sees for this sentence. */
    public String text() {
        return String.join(" ", words);
    }
}
