package org.arabicner.train;

import java.util.List;
import org.arabicner.annotation.Token;

/** A sentence as the segmenter tokenised it, with one gold label per token: a training example. */
public record TaggedSentence(List<Token> tokens, List<String> labels) {

    public TaggedSentence {
        tokens = List.copyOf(tokens);
        labels = List.copyOf(labels);
        if (tokens.size() != labels.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + labels.size() + " labels");
        }
    }
}
