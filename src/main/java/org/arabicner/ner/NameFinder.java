package org.arabicner.ner;

import java.util.ArrayList;
import java.util.List;
import org.arabicner.annotation.AnnotatedText;
import org.arabicner.annotation.Sentence;
import org.arabicner.annotation.Token;
import org.arabicner.text.CharSpan;

/**
 * The NER stage: tags every sentence of an annotated article and turns the tags into
 * {@link Mention}s whose offsets and text come from the original article. Clitics are separate
 * tokens after segmentation and the tagger labels them {@code O}, so {@code والرقة} yields the
 * mention {@code الرقة}.
 *
 * <p>Thread-safe when its tagger is.
 */
public final class NameFinder {

    private final SequenceTagger tagger;
    private final MentionPropagator propagator;

    public NameFinder(SequenceTagger tagger) {
        this(tagger, null);
    }

    /**
     * @param propagator document-level consistency applied to each article's mentions, or null for
     *                   none (see {@link MentionPropagator}; it measurably raises recall)
     */
    public NameFinder(SequenceTagger tagger, MentionPropagator propagator) {
        this.tagger = tagger;
        this.propagator = propagator;
    }

    public List<Mention> find(AnnotatedText article) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            List<Token> tokens = sentence.tokens();
            List<TokenTag> tags = tagger.tag(tokens);
            for (TokenSpan s : BioCodec.decodeTags(tags)) {
                CharSpan span = new CharSpan(tokens.get(s.start()).start(), tokens.get(s.end() - 1).end());
                mentions.add(new Mention(span, span.cut(article.text()), s.type(), sentence.index(),
                        BioCodec.leastProbability(tags, s)));
            }
        }
        return propagator == null ? mentions : propagator.propagate(article, mentions);
    }
}
