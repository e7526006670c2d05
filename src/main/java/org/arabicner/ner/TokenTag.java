package org.arabicner.ner;

/** A tagger's label for one token ({@code O}, {@code B-PERS}, {@code I-LOC}, …) and its probability. */
public record TokenTag(String label, double probability) {

    public static final String OUTSIDE = "O";

    public static TokenTag outside() {
        return new TokenTag(OUTSIDE, 1.0);
    }
}
