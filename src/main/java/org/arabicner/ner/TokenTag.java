package org.arabicner.ner;

import org.arabicner.text.EntityType;

/** A tagger's label for one token ({@code O}, {@code B-PERS}, {@code I-LOC}, …) and its probability. */
public record TokenTag(String label, double probability) {

    public static final String OUTSIDE = "O";

    public static TokenTag outside() {
        return new TokenTag(OUTSIDE, 1.0);
    }

    /** Whether the label names {@code type}, in BIO ({@code B-PERS}, {@code I-PERS}) or IO ({@code PERS}) encoding. */
    public boolean is(EntityType type) {
        return label.equals(type.name()) || label.endsWith("-" + type.name());
    }
}
