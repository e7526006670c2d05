package org.arabicner.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.arabicner.annotation.Token;
import org.arabicner.text.EntityType;
import org.arabicner.text.Names;

/**
 * A statistical tagger backed off to a dictionary of well-known names: where the primary tagger
 * labels a run of tokens {@code O} and the run spells a dictionary name (compared with
 * {@link Names#arabicKey}, so spaces and spelling variants do not matter; a run with punctuation
 * in it is never a name, {@link Names#isPlainName}), the run is
 * tagged with the dictionary's type. The primary tagger's names are never changed: the dictionary
 * only adds the names it missed ({@code الموصل}, {@code الرقة} in a sentence the model did not
 * recognise). Longest dictionary names win. Thread-safe when the primary tagger is.
 */
public final class DictionaryBackoffTagger implements SequenceTagger {

    /** Probability reported for dictionary names. */
    static final double DICTIONARY_PROBABILITY = 0.5;

    private final SequenceTagger primary;
    private final Map<String, EntityType> names;
    private final int maxTokens;

    /**
     * @param names     names as {@link Names#arabicKey} keys, and their types
     * @param maxTokens the longest run of tokens to look up
     */
    public DictionaryBackoffTagger(SequenceTagger primary, Map<String, EntityType> names, int maxTokens) {
        this.primary = primary;
        this.names = Map.copyOf(names);
        this.maxTokens = maxTokens;
    }

    @Override
    public List<TokenTag> tag(List<Token> sentence) {
        List<TokenTag> tags = new ArrayList<>(primary.tag(sentence));
        fill(sentence, tags, names, maxTokens);
        return tags;
    }

    /**
     * Tags the runs of {@code O} tokens that spell a name of {@code names} (longest first, whole
     * words only) with its type; other tags are left as they are.
     */
    private static void fill(List<Token> sentence, List<TokenTag> tags, Map<String, EntityType> names,
                             int maxTokens) {
        int i = 0;
        while (i < sentence.size()) {
            int matched = 0;
            EntityType type = null;
            for (int n = Math.min(maxTokens, sentence.size() - i); n >= 1 && matched == 0; n--) {
                if (!allOutside(tags, i, n) || !startsWord(sentence, i) || !endsWord(sentence, i + n)) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                for (int k = i; k < i + n; k++) {
                    key.append(sentence.get(k).text());
                }
                type = Names.isPlainName(key) ? names.get(Names.arabicKey(key)) : null;
                if (type != null) {
                    matched = n;
                }
            }
            if (matched > 0) {
                for (int k = i; k < i + matched; k++) {
                    tags.set(k, new TokenTag((k == i ? "B-" : "I-") + type, DICTIONARY_PROBABILITY));
                }
                i += matched;
            } else {
                i++;
            }
        }
    }

    private static boolean allOutside(List<TokenTag> tags, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (!TokenTag.OUTSIDE.equals(tags.get(k).label())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name starts a word, follows punctuation («الدولة) or a proclitic token (و, ب, ل, ك, ف, or
     * the ل of لل), never the middle of a stem.
     */
    private static boolean startsWord(List<Token> s, int i) {
        if (i == 0 || !s.get(i).attached()) {
            return true;
        }
        String prev = s.get(i - 1).text();
        if (prev.codePoints().noneMatch(Character::isLetter)) {
            return true;
        }
        return prev.length() <= 2 && !prev.isEmpty() && "وبلكفس".indexOf(prev.charAt(prev.length() - 1)) >= 0;
    }

    /** A name ends a word, or is followed only by a suffix clitic. */
    private static boolean endsWord(List<Token> s, int end) {
        return end >= s.size() || !s.get(end).attached() || s.get(end).text().length() <= 2;
    }
}
