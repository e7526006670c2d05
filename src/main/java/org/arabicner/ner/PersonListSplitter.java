package org.arabicner.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.arabicner.annotation.Token;
import org.arabicner.text.EntityType;
import org.arabicner.text.Names;

/**
 * Splits a list of people written without separators, as lists of appointees or honourees often
 * are ({@code مصباح بن خليفة خلف الله طارق القديري عبد السلام كرمدين}), which the primary tagger
 * reads as one long name. Inside a person's name of at least {@link #MIN_LIST_TOKENS} tokens, a new
 * name starts at a known given name (or {@code عبد}) when the name so far and the name from there
 * on have at least two words each,
 * the word before is no link of a name ({@code بن}, {@code أبو}, {@code عبد} …) and the word after is
 * not {@code الله} ({@code خلف الله}, {@code عطاء الله} are one name). Thread-safe when the primary
 * tagger is.
 */
public final class PersonListSplitter implements SequenceTagger {

    /** Names shorter than this are left whole: five words is already a long name. */
    static final int MIN_LIST_TOKENS = 5;
    /** Words that bind the next word to the name before them. */
    static final Set<String> LINKS = Set.of("بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ولد", "ال", "اولاد", "سيدي");
    private static final String ABD = "عبد";
    private static final String ALLAH = "الله";

    private final SequenceTagger primary;
    private final Set<String> givenNames;

    /** @param givenNames given names as whole words, as {@link Names#wordKey} folds them */
    public PersonListSplitter(SequenceTagger primary, Set<String> givenNames) {
        this.primary = primary;
        this.givenNames = Set.copyOf(givenNames);
    }

    @Override
    public List<TokenTag> tag(List<Token> sentence) {
        List<TokenTag> tags = new ArrayList<>(primary.tag(sentence));
        int i = 0;
        while (i < tags.size()) {
            if (!tags.get(i).is(EntityType.PERS)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tags.size() && tags.get(end).is(EntityType.PERS) && !tags.get(end).label().startsWith("B-")) {
                end++;
            }
            if (end - i >= MIN_LIST_TOKENS) {
                split(sentence, tags, i, end);
            }
            i = end;
        }
        return tags;
    }

    private void split(List<Token> s, List<TokenTag> tags, int from, int end) {
        int start = from; // where the current name starts
        for (int k = from + 2; k < end; k++) {
            Token t = s.get(k);
            if (t.attached() || wordsBetween(s, start, k) < 2 || wordsBetween(s, k, end) < 2) {
                continue;
            }
            String w = Names.wordKey(t.text());
            String before = Names.wordKey(s.get(k - 1).text());
            String after = k + 1 < s.size() ? Names.wordKey(s.get(k + 1).text()) : "";
            if (k - start == 2 && Names.wordKey(s.get(start).text()).equals(ABD)) {
                continue; // عبد الرحمان is one given name
            }
            boolean given = w.equals(ABD) || givenNames.contains(w) && !LINKS.contains(w);
            if (given && !LINKS.contains(before) && !after.equals(ALLAH)) {
                tags.set(k, new TokenTag("B-PERS", tags.get(k).probability()));
                start = k;
            }
        }
    }

    /** Whole words (tokens not attached to the one before) in {@code [from, to)}. */
    private static int wordsBetween(List<Token> s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (k == from || !s.get(k).attached()) {
                n++;
            }
        }
        return n;
    }
}
