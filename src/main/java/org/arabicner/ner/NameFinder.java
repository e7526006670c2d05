package org.arabicner.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arabicner.annotation.AnnotatedText;
import org.arabicner.annotation.Sentence;
import org.arabicner.annotation.Token;
import org.arabicner.text.ArabicNormalizer;
import org.arabicner.text.CharSpan;
import org.arabicner.text.EntityType;

/**
 * The NER stage: tags every sentence of an annotated article and turns the tags into
 * {@link Mention}s whose offsets and text come from the original article. Clitics are separate
 * tokens after segmentation and the tagger labels them {@code O}, so {@code والرقة} yields the
 * mention {@code الرقة}. With propagation on (the default), a name tagged once is tagged wherever
 * else the article spells it untagged.
 *
 * <p>Thread-safe when its tagger is.
 */
public final class NameFinder {

    /** Names shorter than this (compact key) are not propagated: too often parts of other words. */
    static final int MIN_PROPAGATED_KEY = 3;

    private final SequenceTagger tagger;
    private final boolean propagate;

    public NameFinder(SequenceTagger tagger) {
        this(tagger, true);
    }

    /**
     * @param propagate document-level label consistency: a name tagged once in an article is tagged,
     *                  with the same type, wherever else it stands untagged in that article
     */
    public NameFinder(SequenceTagger tagger, boolean propagate) {
        this.tagger = tagger;
        this.propagate = propagate;
    }

    public List<Mention> find(AnnotatedText article) {
        List<List<TokenTag>> tagged = new ArrayList<>();
        Map<String, EntityType> names = new HashMap<>();
        int longest = 1;
        for (Sentence sentence : article.sentences()) {
            List<TokenTag> tags = new ArrayList<>(tagger.tag(sentence.tokens()));
            tagged.add(tags);
            for (TokenSpan s : BioCodec.decode(labels(tags))) {
                StringBuilder key = new StringBuilder();
                for (int i = s.start(); i < s.end(); i++) {
                    key.append(sentence.tokens().get(i).text());
                }
                String k = ArabicNormalizer.compactKey(key);
                if (k.length() >= MIN_PROPAGATED_KEY) {
                    names.putIfAbsent(k, s.type());
                    longest = Math.max(longest, s.end() - s.start());
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (int si = 0; si < article.sentences().size(); si++) {
            Sentence sentence = article.sentences().get(si);
            List<Token> tokens = sentence.tokens();
            List<TokenTag> tags = tagged.get(si);
            if (propagate) {
                DictionaryBackoffTagger.fill(tokens, tags, names, longest, PROPAGATED_PROBABILITY);
            }
            for (TokenSpan s : BioCodec.decode(labels(tags))) {
                CharSpan span = new CharSpan(tokens.get(s.start()).start(), tokens.get(s.end() - 1).end());
                double p = 1.0;
                for (int i = s.start(); i < s.end(); i++) {
                    p = Math.min(p, tags.get(i).probability());
                }
                mentions.add(new Mention(span, span.cut(article.text()), s.type(), sentence.index(), p));
            }
        }
        return mentions;
    }

    /** Probability reported for names found by propagation. */
    static final double PROPAGATED_PROBABILITY = 0.5;

    private static List<String> labels(List<TokenTag> tags) {
        List<String> labels = new ArrayList<>(tags.size());
        for (TokenTag t : tags) {
            labels.add(t.label());
        }
        return labels;
    }
}
