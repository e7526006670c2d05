package org.arabicner.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.arabicner.annotation.Token;
import org.arabicner.text.EntityType;
import org.arabicner.text.Names;

/**
 * Undoes a clitic split that breaks a known word: the segmenter reads {@code فايسبوك} as
 * {@code ف} + {@code ايسبوك} and {@code لافروف} as {@code ل} + {@code افروف}, and the tagger then
 * finds a person {@code ايسبوك}. Where a one-letter proclitic token and the tokens attached after
 * it spell a word of the lexicon (compared with {@link Names#arabicKey}) while the
 * tokens without the clitic do not, the whole word is labelled with the lexicon's type, replacing
 * what the primary tagger said about those tokens. The lexicon is the caller's: known names of
 * the knowledge base and of a curated list ({@code known-words.tsv}).
 *
 * <p>Personal name parts (the name lexicon's {@code فيروز}, {@code بلال}, {@code وليد}) are a
 * second, weaker lexicon: many of them are also common words ({@code وفاء} "loyalty"), so such a
 * word is re-joined only where the primary tagger already found a name in the tokens after the
 * clitic ({@code ل} + PERS {@code افروف}): the split is then what is wrong, not the tagging.
 * Thread-safe when the primary tagger is.
 */
public final class CliticRejoiner implements SequenceTagger {

    /** The one-letter proclitics the segmenter splits off. */
    static final String PROCLITICS = "وفبلك";
    /** A joined word this short is too often a real clitic + word. */
    static final int MIN_LETTERS = 4;

    private final SequenceTagger primary;
    private final Map<String, EntityType> lexicon;
    private final java.util.Set<String> nameParts;
    private final int maxTokens;

    /**
     * @param lexicon   compact keys of known words and their types
     * @param maxTokens the most tokens after the clitic a known word may span ({@code بان كي مون})
     */
    public CliticRejoiner(SequenceTagger primary, Map<String, EntityType> lexicon, int maxTokens) {
        this(primary, lexicon, java.util.Set.of(), maxTokens);
    }

    /**
     * @param nameParts compact keys of personal name parts, re-joined (as PERS) only over tokens
     *                  the primary tagger labelled as a name
     */
    public CliticRejoiner(SequenceTagger primary, Map<String, EntityType> lexicon, java.util.Set<String> nameParts,
                          int maxTokens) {
        this.primary = primary;
        this.lexicon = Map.copyOf(lexicon);
        this.nameParts = java.util.Set.copyOf(nameParts);
        this.maxTokens = maxTokens;
    }

    @Override
    public List<TokenTag> tag(List<Token> sentence) {
        List<TokenTag> tags = new ArrayList<>(primary.tag(sentence));
        for (int i = 0; i + 1 < sentence.size(); i++) {
            int end = rejoinedEnd(sentence, i, tags);
            if (end < 0) {
                continue;
            }
            EntityType type = lexicon.getOrDefault(key(sentence, i, end), EntityType.PERS);
            // كريم + ب + نزيمة tagged as one name: the re-joined word continues it rather than starting another
            boolean continues = i > 0 && tags.get(i - 1).is(type) && tags.get(i + 1).is(type)
                    && !tags.get(i + 1).label().startsWith("B-");
            for (int k = i; k < end; k++) {
                tags.set(k, new TokenTag((k == i && !continues ? "B-" : "I-") + type,
                        DictionaryBackoffTagger.DICTIONARY_PROBABILITY));
            }
            i = end - 1;
        }
        return tags;
    }

    /**
     * The end (exclusive) of the known word that the clitic token at {@code i} begins, longest
     * first, or -1.
     */
    int rejoinedEnd(List<Token> s, int i, List<TokenTag> tags) {
        Token clitic = s.get(i);
        if (clitic.text().length() != 1 || PROCLITICS.indexOf(clitic.text().charAt(0)) < 0
                || (i > 0 && clitic.attached() && s.get(i - 1).text().length() > 1)
                || !s.get(i + 1).attached()) {
            return -1;
        }
        for (int end = Math.min(s.size(), i + 1 + maxTokens); end > i + 1; end--) {
            if (end < s.size() && s.get(end).attached() && s.get(end).text().length() > 2) {
                continue; // the word goes on
            }
            if (!plain(s, i, end)) {
                continue; // punctuation is never inside a known word
            }
            String joined = key(s, i, end);
            String rest = key(s, i + 1, end);
            if (joined.length() < MIN_LETTERS || lexicon.containsKey(rest)) {
                continue;
            }
            if (lexicon.containsKey(joined)
                    || (nameParts.contains(joined) && !nameParts.contains(rest) && taggedName(tags, i + 1, end))) {
                return end;
            }
        }
        return -1;
    }

    private static boolean taggedName(List<TokenTag> tags, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tags.get(k).label().equals(TokenTag.OUTSIDE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean plain(List<Token> s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(s.get(k).text()).append(' ');
        }
        return Names.isPlainName(b);
    }

    private static String key(List<Token> s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(s.get(k).text());
        }
        return Names.arabicKey(b);
    }
}
