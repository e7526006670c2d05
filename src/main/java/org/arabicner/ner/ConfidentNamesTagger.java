package org.arabicner.ner;

import java.util.ArrayList;
import java.util.List;
import org.arabicner.annotation.Token;

/**
 * Keeps only the names the primary tagger is sure of: a name (a span of {@link BioCodec#decode})
 * whose least probable token is below {@code minConfidence} becomes {@code O}, unless a title
 * stands right before it or begins it ({@code الميجر جنرال فيلكس جيدني}: a rare foreign name is unsure, but the
 * title says a person follows). The rules that run after the model (dictionary back-off, phrases)
 * may still label the dropped words from their own evidence. A CRF's Viterbi path holds names it
 * gives little more than even odds; in news outside its training domain those are wrong more often
 * than right (measured on the tables' dev half, README "Entity tables on news").
 *
 * <p>Thread-safe when the primary tagger and the title test are.
 */
public final class ConfidentNamesTagger implements SequenceTagger {

    /**
     * Whether a title (الرئيس, الكولونيل) stands right before the name at tokens {@code [start, end)}
     * of a sentence, or begins it (the tagger may take the title into the name).
     */
    @FunctionalInterface
    public interface TitleTest {
        boolean titled(List<Token> sentence, int start, int end);
    }

    private final SequenceTagger primary;
    private final double minConfidence;
    private final TitleTest titleTest;

    /** @param minConfidence in [0, 1]; 0 keeps every name */
    public ConfidentNamesTagger(SequenceTagger primary, double minConfidence, TitleTest titleTest) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum name confidence must be in [0, 1], got " + minConfidence);
        }
        this.primary = primary;
        this.minConfidence = minConfidence;
        this.titleTest = titleTest;
    }

    @Override
    public List<TokenTag> tag(List<Token> sentence) {
        List<TokenTag> tags = new ArrayList<>(primary.tag(sentence));
        for (TokenSpan s : BioCodec.decodeTags(tags)) {
            if (BioCodec.leastProbability(tags, s) < minConfidence && !titleTest.titled(sentence, s.start(), s.end())) {
                for (int i = s.start(); i < s.end(); i++) {
                    tags.set(i, new TokenTag(TokenTag.OUTSIDE, 1 - tags.get(i).probability()));
                }
            }
        }
        return tags;
    }
}
