package org.arabicner.annotation;

import java.util.List;

/** A sentence's tokens in text order; {@code index} is its 0-based position in the article. */
public record Sentence(int index, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
