package org.arabicner.text;

/**
 * A half-open character range {@code [start, end)} into an article's original text.
 *
 * <p>Offsets always refer to the text as the user gave it, never to the segmenter's
 * normalised rewrite, so {@link #cut(CharSequence)} returns what the article says.
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {

    public CharSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(CharSpan other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(CharSpan other) {
        return start < other.end && other.start < end;
    }

    /** The text this span covers in {@code original}. */
    public String cut(CharSequence original) {
        if (end > original.length()) {
            throw new IllegalArgumentException(
                    "span [" + start + ", " + end + ") beyond text of length " + original.length());
        }
        return original.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(CharSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
