package org.arabicner.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arabicner.annotation.Token;
import org.arabicner.text.ArabicNormalizer;
import org.arabicner.text.EntityType;
import org.arabicner.text.Names;

/**
 * A statistical tagger backed off to a dictionary of names: where the primary tagger labels a run
 * of tokens {@code O} and the run spells a dictionary name (compared with
 * {@link Names#arabicKey}, so spaces and spelling variants do not matter; a run with punctuation
 * in it is never a name, {@link Names#isPlainName}), the run is
 * tagged with the dictionary's type. Longest dictionary names win.
 *
 * <p>Names come in two kinds. <b>Safe</b> names (countries, curated people and places, multi-word
 * names) are tagged wherever they occur. Names that <b>need support</b> (one-word names that are
 * also common words, {@code صور} "pictures" / Tyre; gazetteer places, which are often ordinary
 * words or people's names) are tagged only when
 * <ul>
 *   <li>a place word stands right before a place ({@code مدينة قفصة}, {@code ولاية}, {@code معتمدية}), in
 *       which case the place also replaces a name the primary tagger gave those exact tokens
 *       ({@code معتمدية بن قردان} is a town, not a person); or</li>
 *   <li>the primary tagger itself gives a name there at least the probability {@code minNameMarginal}
 *       (one minus its probability of {@code O}, on every token); or</li>
 *   <li>a place is joined to another place by و ({@code الموصل والرقة}); or</li>
 *   <li>a one-word gazetteer place that is no ordinary word follows the preposition ب or في
 *       ({@code بطبرقة}, {@code في الذهيبة}).</li>
 * </ul>
 * A second mention of such a name elsewhere in the article is found by document-level propagation
 * ({@link MentionPropagator}) from a supported one. A safe name of several words also replaces
 * the primary tagger's names of another type that it wholly contains ({@code وكالة تونس إفريقيا للأنباء}
 * around a place {@code تونس إفريقيا}; not {@code قطاع غزة} around the place {@code غزة}, which
 * ANERcorp annotates so); the primary tagger's other names are never changed. Thread-safe when the primary tagger is.
 */
public final class DictionaryBackoffTagger implements SequenceTagger {

    /** Probability reported for dictionary names. */
    static final double DICTIONARY_PROBABILITY = 0.5;

    /**
     * The names a back-off may add.
     *
     * @param safe            names as {@link Names#arabicKey} keys, tagged wherever they occur
     * @param needSupport     compact keys tagged only with support (see the class comment)
     * @param afterPreposition keys of {@code needSupport} that are not ordinary words, for which a
     *                        preposition right before them ({@code ب}, {@code في}) is support enough
     * @param placeWords      normalised words that announce a place right after them
     * @param minNameMarginal the primary tagger's name probability that supports a name
     * @param maxTokens       the longest run of tokens to look up
     */
    public record Dictionary(Map<String, EntityType> safe, Map<String, EntityType> needSupport,
                             Set<String> afterPreposition, Set<String> placeWords, double minNameMarginal,
                             int maxTokens) {
        public Dictionary {
            safe = Map.copyOf(safe);
            needSupport = Map.copyOf(needSupport);
            afterPreposition = Set.copyOf(afterPreposition);
            placeWords = Set.copyOf(placeWords);
        }
    }

    private final SequenceTagger primary;
    private final Dictionary dictionary;

    /** A back-off whose names are all safe. */
    public DictionaryBackoffTagger(SequenceTagger primary, Map<String, EntityType> names, int maxTokens) {
        this(primary, new Dictionary(names, Map.of(), Set.of(), Set.of(), 1.0, maxTokens));
    }

    public DictionaryBackoffTagger(SequenceTagger primary, Dictionary dictionary) {
        this.primary = primary;
        this.dictionary = dictionary;
    }

    @Override
    public List<TokenTag> tag(List<Token> sentence) {
        List<TokenTag> tags = new ArrayList<>(primary.tag(sentence));
        trimPlaceWords(sentence, tags);
        fill(sentence, tags);
        return tags;
    }

    /**
     * A place's name starts after its place word: {@code ولاية قفصة} tagged as one place becomes
     * {@code ولاية} + the place {@code قفصة}, as ANERcorp annotates it (مدينة, منطقة, محافظة are never
     * inside a place's name in anercorp-train.conll) and as the knowledge base knows it.
     */
    private void trimPlaceWords(List<Token> sentence, List<TokenTag> tags) {
        for (int i = 0; i + 1 < sentence.size(); i++) {
            TokenTag tag = tags.get(i);
            boolean starts = tag.label().equals("B-LOC") || tag.is(EntityType.LOC) && (i == 0 || !tags.get(i - 1).is(EntityType.LOC));
            String next = tags.get(i + 1).label();
            if (starts && (next.equals("I-LOC") || next.equals("LOC"))
                    && dictionary.placeWords().contains(ArabicNormalizer.normalize(sentence.get(i).text()))) {
                tags.set(i, TokenTag.outside());
                tags.set(i + 1, new TokenTag("B-LOC", tags.get(i + 1).probability()));
            }
        }
    }

    /**
     * Tags the runs of tokens that spell a name (longest first, whole words only) with its type
     * where the class comment allows it; other tags are left as they are.
     */
    private void fill(List<Token> sentence, List<TokenTag> tags) {
        int i = 0;
        while (i < sentence.size()) {
            int matched = 0;
            EntityType type = null;
            boolean placeWordBefore = i > 0
                    && dictionary.placeWords().contains(ArabicNormalizer.normalize(sentence.get(i - 1).text()));
            for (int n = Math.min(dictionary.maxTokens(), sentence.size() - i); n >= 1 && matched == 0; n--) {
                if (!startsWord(sentence, i) || !endsWord(sentence, i + n)) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                for (int k = i; k < i + n; k++) {
                    key.append(sentence.get(k).text());
                }
                if (!Names.isPlainName(key)) {
                    continue;
                }
                String k = Names.arabicKey(key);
                boolean outside = allOutside(tags, i, n);
                EntityType safe = dictionary.safe().get(k);
                EntityType supported = dictionary.needSupport().get(k);
                if (placeWordBefore && (safe == EntityType.LOC || supported == EntityType.LOC)
                        && (outside || wholeSpan(tags, i, n) && TokenTag.OUTSIDE.equals(tags.get(i - 1).label()))) {
                    type = EntityType.LOC;
                } else if (!outside && safe != null && n > 1 && containsWhole(tags, i, n) && otherType(tags, i, n, safe)) {
                    type = safe; // وكالة تونس إفريقيا للأنباء around a tagged تونس إفريقيا: the known name wins
                } else if (!outside) {
                    continue;
                } else if (safe != null) {
                    type = safe;
                } else if (supported != null && (taggerSupports(tags, i, n)
                        || supported == EntityType.LOC && coordinatedWithPlace(sentence, tags, i, n)
                        || n == 1 && dictionary.afterPreposition().contains(k) && afterPreposition(sentence, i))) {
                    type = supported;
                }
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

    private boolean taggerSupports(List<TokenTag> tags, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (1.0 - tags.get(k).probability() < dictionary.minNameMarginal()) {
                return false;
            }
        }
        return true;
    }

    /** The token before {@code i} is the preposition ب (بطبرقة) or في. */
    private static boolean afterPreposition(List<Token> s, int i) {
        if (i == 0) {
            return false;
        }
        String prev = s.get(i - 1).text();
        return prev.equals("\u0628") || prev.equals("\u0648\u0628") || prev.equals("\u0641\u064a");
    }

    /** Whether the run is joined by و to a place: الموصل والرقة, الرقة والموصل. */
    private static boolean coordinatedWithPlace(List<Token> s, List<TokenTag> tags, int from, int n) {
        int end = from + n;
        boolean after = from >= 2 && s.get(from - 1).text().equals("\u0648") && tags.get(from - 2).label().endsWith("LOC");
        boolean before = end + 1 < s.size() && s.get(end).text().equals("\u0648") && tags.get(end + 1).label().endsWith("LOC");
        return after || before;
    }

    private static boolean allOutside(List<TokenTag> tags, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (!TokenTag.OUTSIDE.equals(tags.get(k).label())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a name in tokens [from, from + n) has a type other than {@code type}. */
    private static boolean otherType(List<TokenTag> tags, int from, int n, EntityType type) {
        for (int k = from; k < from + n; k++) {
            TokenTag t = tags.get(k);
            if (!TokenTag.OUTSIDE.equals(t.label()) && !t.is(type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens [from, from + n) hold some {@code O} tokens and names of the primary tagger
     * only whole: none starts before {@code from} or runs on past the end.
     */
    private static boolean containsWhole(List<TokenTag> tags, int from, int n) {
        int end = from + n;
        boolean startsInside = !tags.get(from).label().startsWith("I-");
        boolean endsInside = end >= tags.size() || !tags.get(end).label().startsWith("I-");
        return startsInside && endsInside && !allOutside(tags, from, n) && !wholeSpan(tags, from, n);
    }

    /** Whether tokens [from, from + n) carry names only, and no name runs on past either end. */
    private static boolean wholeSpan(List<TokenTag> tags, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (TokenTag.OUTSIDE.equals(tags.get(k).label())) {
                return false;
            }
        }
        int end = from + n;
        return end >= tags.size() || TokenTag.OUTSIDE.equals(tags.get(end).label())
                || tags.get(end).label().startsWith("B-");
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
