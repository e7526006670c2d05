package org.arabicner.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.arabicner.annotation.Token;
import org.arabicner.text.EntityType;
import org.arabicner.text.Names;

/**
 * Keeps a person's name whole: where the primary tagger ends a person's name just before a word
 * that is a known family name ({@code يوسف} + {@code الشاهد}, which on its own reads "the
 * witness" and which the model leaves out), that word joins the name. Only whole words that the
 * primary tagger labelled {@code O} are added, at most {@link #MAX_ADDED} after one name.
 * Thread-safe when the primary tagger is.
 */
public final class NameContinuationTagger implements SequenceTagger {

    /** Probability reported for the words added. */
    static final double ADDED_PROBABILITY = 0.5;
    /** How many family-name words may follow one name. */
    static final int MAX_ADDED = 2;
    private static final String PERSON = "PERS";

    private final SequenceTagger primary;
    private final Set<String> familyNames;

    /** @param familyNames family names as whole words, as {@link Names#wordKey} folds them */
    public NameContinuationTagger(SequenceTagger primary, Set<String> familyNames) {
        this.primary = primary;
        this.familyNames = Set.copyOf(familyNames);
    }

    @Override
    public List<TokenTag> tag(List<Token> sentence) {
        List<TokenTag> tags = new ArrayList<>(primary.tag(sentence));
        for (int i = 0; i < sentence.size(); i++) {
            if (!tags.get(i).is(EntityType.PERS) || (i + 1 < sentence.size() && tags.get(i + 1).is(EntityType.PERS)
                    && !tags.get(i + 1).label().startsWith("B-"))) {
                continue; // not the last token of a person's name
            }
            int added = 0;
            int next = i + 1;
            while (added < MAX_ADDED && next < sentence.size() && isWholeWord(sentence, next)
                    && TokenTag.OUTSIDE.equals(tags.get(next).label())
                    && familyNames.contains(Names.wordKey(sentence.get(next).text()))) {
                tags.set(next, new TokenTag("I-" + PERSON, ADDED_PROBABILITY));
                added++;
                next++;
            }
            i = next - 1;
        }
        return tags;
    }

    /** The token starts a word and no suffix clitic hangs on it (punctuation may follow). */
    private static boolean isWholeWord(List<Token> s, int i) {
        if (s.get(i).attached()) {
            return false;
        }
        return i + 1 >= s.size() || !s.get(i + 1).attached()
                || s.get(i + 1).text().codePoints().noneMatch(Character::isLetter);
    }
}
