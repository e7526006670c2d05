package org.arabicner.ner;

import org.arabicner.text.EntityType;

/** Tokens {@code [start, end)} of a sentence that form one name of {@code type}. */
public record TokenSpan(int start, int end, EntityType type) {

    public TokenSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
        }
    }
}
