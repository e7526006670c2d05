package org.arabicner.annotation;

import org.arabicner.text.CharSpan;

/**
 * One segment of Arabic text as the segmenter split it (a stem or a clitic).
 *
 * @param word     the segmenter's form: spelling normalised (hamza, alef, quotes), clitic
 *                 markers removed; use it as a feature, never for display
 * @param text     the original text under {@code span}
 * @param span     offsets into the original article text
 * @param pos      the part-of-speech tag (Penn Arabic tag set), or empty when not tagged
 * @param attached true when no white space separates this token from the previous one, i.e. the
 *                 two were one orthographic word (و|الرقة, ب|العراق, الولايات|المتحدة glued)
 */
public record Token(String word, String text, CharSpan span, String pos, boolean attached) {

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
