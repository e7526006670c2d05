package org.arabicner.ner;

import java.util.ArrayList;
import java.util.List;
import org.arabicner.text.EntityType;

/**
 * Turns per-token labels into token spans, with conlleval's semantics: a name starts at
 * {@code B-X}, or at {@code I-X} after anything but {@code B-X}/{@code I-X} (so IO tagging works
 * too), and ends before {@code O}, a {@code B-} label or a label of another type. Bare type labels
 * ({@code PERS}) count as {@code I-PERS}. Stateless and thread-safe.
 */
public final class BioCodec {

    private BioCodec() {
    }

    public static List<TokenSpan> decode(List<String> labels) {
        List<TokenSpan> spans = new ArrayList<>();
        int start = -1;
        EntityType current = null;
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            boolean outside = label == null || label.isEmpty() || label.equals(TokenTag.OUTSIDE);
            EntityType type = outside ? null : typeOf(label);
            boolean begins = !outside && (label.startsWith("B-") || type != current);
            if (current != null && (outside || begins)) {
                spans.add(new TokenSpan(start, i, current));
                current = null;
            }
            if (begins) {
                start = i;
                current = type;
            }
        }
        if (current != null) {
            spans.add(new TokenSpan(start, labels.size(), current));
        }
        return spans;
    }

    /** The names in a tagger's output: {@link #decode} of the tags' labels. */
    public static List<TokenSpan> decodeTags(List<TokenTag> tags) {
        List<String> labels = new ArrayList<>(tags.size());
        for (TokenTag t : tags) {
            labels.add(t.label());
        }
        return decode(labels);
    }

    /** A name's confidence: the least probability of its tokens' tags. */
    public static double leastProbability(List<TokenTag> tags, TokenSpan span) {
        double p = 1.0;
        for (int i = span.start(); i < span.end(); i++) {
            p = Math.min(p, tags.get(i).probability());
        }
        return p;
    }

    /** BIO labels for {@code n} tokens holding {@code spans}, the inverse of {@link #decode}. */
    public static List<String> encode(int n, List<TokenSpan> spans) {
        List<String> labels = new ArrayList<>(java.util.Collections.nCopies(n, TokenTag.OUTSIDE));
        for (TokenSpan s : spans) {
            labels.set(s.start(), "B-" + s.type());
            for (int i = s.start() + 1; i < s.end(); i++) {
                labels.set(i, "I-" + s.type());
            }
        }
        return labels;
    }

    static EntityType typeOf(String label) {
        String t = label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : label;
        return EntityType.parse(t);
    }
}
