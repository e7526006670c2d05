package org.arabicner.train;

import java.util.ArrayList;
import java.util.List;

/**
 * Label encodings for training. IO drops the B-/I- distinction ({@code B-LOC} → {@code I-LOC}):
 * fewer classes, a faster CRF, and {@link org.arabicner.ner.BioCodec} still decodes it, at the cost
 * of merging two adjacent names of one type (rare in news text). Stateless and thread-safe.
 */
public final class LabelEncoding {

    private LabelEncoding() {
    }

    public static TaggedSentence toInsideOutside(TaggedSentence s) {
        List<String> labels = new ArrayList<>(s.labels().size());
        for (String l : s.labels()) {
            labels.add(l.startsWith("B-") ? "I-" + l.substring(2) : l);
        }
        return new TaggedSentence(s.tokens(), labels);
    }
}
