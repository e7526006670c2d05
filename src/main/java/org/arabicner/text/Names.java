package org.arabicner.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one answer to "are these two strings the same name?": every matching key of the product
 * (entity merging, knowledge-base and gazetteer lookup, dictionary back-off, titles, the API's
 * {@code find}, the corpus store's index and queries) is built here. What users see is always
 * cut from the original text; keys are only compared.
 *
 * <p>The layers, each building on the one before:
 * <ol>
 *   <li><b>spelling fold</b> ({@link ArabicNormalizer#normalize}): hamza and alef forms, ى/ي,
 *       ة/ه, tatweel, diacritics, Persian and Arabic-Indic digits, zero-width and bidi
 *       characters, runs of white space;</li>
 *   <li><b>punctuation</b>: one rule everywhere — a character belongs to a name when, after the
 *       fold, it is a letter or a digit ({@link #isNameChar}); quotes («داعش»), brackets, dashes
 *       and dots separate words;</li>
 *   <li><b>Arabic keys</b>: {@link #arabicWords} (the name's words, single-spaced) and
 *       {@link #arabicKey} (the same without spaces, so the glued {@code الولاياتالمتحدة}
 *       meets {@code الولايات المتحدة});</li>
 *   <li><b>clitics and the article</b>: {@link #cliticReadings} (و ف, then ب ل ك, لل = ل + ال,
 *       each with and without ال), {@link #readingKeys} (those readings of a name's first word),
 *       {@link #withoutArticle}, {@link #withoutProclitic} (the single و ف ب ل ك before a
 *       title);</li>
 *   <li><b>English key</b> ({@link #englishKey}): case, accents, punctuation and a leading
 *       "the" ignored;</li>
 *   <li><b>search keys</b> of the corpus store ({@link #searchKey}, {@link #indexKeys},
 *       {@link #queryKeys}): Arabic or Latin names, lower-cased, accents dropped, with
 *       ranked variants.</li>
 * </ol>
 * Clitic stripping is ambiguous without a lexicon (وليد is a name, not و + ليد), so the
 * readings are candidates that callers look up, the word itself first. Stateless and
 * thread-safe.
 */
public final class Names {

    /** Rank of the search key of the whole name. */
    public static final int FULL = 0;
    /** Rank of the search key of the name without its leading article. */
    public static final int VARIANT = 1;
    /** Rank of the search key of a trailing part of the name (from a later word on). */
    public static final int WORD = 2;

    private static final String AL = "\u0627\u0644";      // ال
    private static final String LAM_LAM = "\u0644\u0644"; // لل
    private static final char WAW = '\u0648';
    private static final char FEH = '\u0641';
    private static final char BEH = '\u0628';
    private static final char LAM = '\u0644';
    private static final char KAF = '\u0643';

    private static final Set<String> LATIN_ARTICLES = Set.of("al", "el", "the", "ad", "ar", "as", "ash", "at", "az");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    /** A search key with its rank ({@link #FULL}, {@link #VARIANT} or {@link #WORD}). */
    public record RankedKey(String key, int rank) {
    }

    // ---------------------------------------------------------------- punctuation

    /** Whether a folded character belongs to a name: letters and digits do, the rest separates words. */
    public static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /**
     * Whether {@code s} is letters and digits only after the fold (white space and characters the
     * fold drops are allowed): a run of tokens with punctuation in it is never one name, which is
     * how the dictionary back-off keeps «, commas and dots out of its names.
     */
    public static boolean isPlainName(CharSequence s) {
        String folded = ArabicNormalizer.normalize(s);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c != ' ' && !isNameChar(c)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- Arabic keys

    /**
     * The words of a name, single-spaced: folded, punctuation and quotes turned into spaces
     * ({@code تنظيم «الدولة الإسلامية»} → {@code تنظيم الدوله الاسلاميه}). The gazetteer view of
     * names, matched token by token.
     */
    public static String arabicWords(CharSequence name) {
        String norm = ArabicNormalizer.normalize(name);
        StringBuilder out = new StringBuilder(norm.length());
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            out.append(isNameChar(c) ? c : ' ');
        }
        return ArabicNormalizer.normalize(out);
    }

    /**
     * The Arabic key of a name: {@link #arabicWords} without spaces, so spacing, spelling
     * variants, diacritics and quotes do not matter. Knowledge-base, back-off and table lookups
     * compare these.
     */
    public static String arabicKey(CharSequence name) {
        return arabicWords(name).replace(" ", "");
    }

    /**
     * The key of one white-space-separated word of a text: folded, with the punctuation before
     * and after it dropped ({@code «الرقة»،} → {@code الرقه}) and inner punctuation kept, so that
     * words keep their positions for titles and partial names. Empty for a word of punctuation.
     */
    public static String wordKey(CharSequence word) {
        String folded = ArabicNormalizer.normalize(word);
        int from = 0;
        int to = folded.length();
        while (from < to && !isNameChar(folded.charAt(from))) {
            from++;
        }
        while (to > from && !isNameChar(folded.charAt(to - 1))) {
            to--;
        }
        return folded.substring(from, to);
    }

    // ---------------------------------------------------------------- clitics and the article

    /**
     * Every way to read a folded word as proclitics + stem: the word itself, then the stems
     * after و/ف, after ب/ل/ك, after both, with لل restored to ال, and each stem without its
     * definite article. At least two letters remain of every stem.
     */
    public static List<String> cliticReadings(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        List<String> afterConj = new ArrayList<>();
        afterConj.add(word);
        if (word.length() > 2 && (word.charAt(0) == WAW || word.charAt(0) == FEH)) {
            afterConj.add(word.substring(1));
        }
        for (String w : afterConj) {
            out.add(w);
            if (w.length() > 3 && w.startsWith(LAM_LAM)) {
                out.add(AL + w.substring(2));
            }
            if (w.length() > 2 && (w.charAt(0) == BEH || w.charAt(0) == LAM || w.charAt(0) == KAF)) {
                out.add(w.substring(1));
            }
        }
        for (String w : List.copyOf(out)) {
            String bare = withoutArticle(w);
            if (!bare.equals(w)) {
                out.add(bare);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The Arabic keys a name may be looked up under, most literal first: its {@link #arabicKey},
     * then the {@link #cliticReadings} of its first word with the rest of the name kept
     * ({@code بالدولة الإسلامية} → … {@code الدولهالاسلاميه}, {@code دولهالاسلاميه}).
     */
    public static List<String> readingKeys(CharSequence name) {
        String words = arabicWords(name);
        if (words.isEmpty()) {
            return List.of();
        }
        int space = words.indexOf(' ');
        String first = space < 0 ? words : words.substring(0, space);
        String rest = space < 0 ? "" : words.substring(space + 1).replace(" ", "");
        Set<String> keys = new LinkedHashSet<>();
        keys.add(words.replace(" ", ""));
        for (String reading : cliticReadings(first)) {
            keys.add(reading + rest);
        }
        return List.copyOf(keys);
    }

    /**
     * A folded word, or a single-spaced name, without the ال that starts it, when at least two
     * letters remain of its first word ({@code الموصل} → {@code موصل}; {@code ال} stays).
     */
    public static String withoutArticle(String folded) {
        int space = folded.indexOf(' ');
        int firstLength = space < 0 ? folded.length() : space;
        if (folded.startsWith(AL) && firstLength > AL.length() + 1) {
            return folded.substring(AL.length());
        }
        return folded;
    }

    /** Each word {@link #withoutArticle}. */
    public static List<String> withoutArticles(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(withoutArticle(w));
        }
        return out;
    }

    /**
     * A folded phrase without the one proclitic letter (و ف ب ل ك) that starts it, when more than
     * three letters are there; otherwise the phrase itself. Titles take one proclitic
     * ({@code والرئيس}, {@code كالرئيس}).
     */
    public static String withoutProclitic(String folded) {
        if (folded.length() > 3) {
            char c = folded.charAt(0);
            if (c == WAW || c == FEH || c == BEH || c == LAM || c == KAF) {
                return folded.substring(1);
            }
        }
        return folded;
    }

    // ---------------------------------------------------------------- English

    /** The English key of a name: lower case, no accents or punctuation, no leading "the". */
    public static String englishKey(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    // ---------------------------------------------------------------- corpus store search keys

    /**
     * The search key of a name in either script, for the corpus store: folded, lower-cased, Latin
     * accents removed, only letters and digits kept ({@code "Al-Raqqa"} → {@code alraqqa},
     * {@code "الرقّة"} → {@code الرقه}, {@code "رايان ديلون"} → {@code رايانديلون}). Empty when the
     * name has no letters or digits.
     */
    public static String searchKey(String name) {
        return String.join("", searchWords(name));
    }

    /** The words of a name as {@link #searchKey} folds them. */
    static List<String> searchWords(String name) {
        String n = ArabicNormalizer.normalize(name).toLowerCase(Locale.ROOT);
        if (hasNonAscii(n)) {
            n = Normalizer.normalize(n, Normalizer.Form.NFD);
        }
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (isNameChar(c)) {
                word.append(c);
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // accent split off by NFD: part of the letter before it
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    /**
     * Every search key the store files a name under, best rank first, without repeats:
     * {@link #FULL} (the whole name), {@link #VARIANT} (without a leading ال, al-, el-, the)
     * and {@link #WORD} (the name from its second, third … word on, so "Dillon" finds
     * "Ryan Dillon").
     */
    public static List<RankedKey> indexKeys(String name) {
        List<String> words = searchWords(name);
        List<RankedKey> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (words.isEmpty()) {
            return out;
        }
        add(out, seen, String.join("", words), FULL);
        String bare = searchKeyWithoutArticle(words);
        if (bare != null) {
            add(out, seen, bare, VARIANT);
        }
        for (int i = 1; i < words.size(); i++) {
            List<String> tail = words.subList(i, words.size());
            if (tail.size() == 1 && LATIN_ARTICLES.contains(tail.get(0))) {
                continue;
            }
            add(out, seen, String.join("", tail), WORD);
            String tailBare = searchKeyWithoutArticle(tail);
            if (tailBare != null) {
                add(out, seen, tailBare, WORD);
            }
        }
        return out;
    }

    /**
     * The search keys a query is looked up under, most literal first: the query itself, then the
     * {@link #cliticReadings} of its first word and the query without a Latin article
     * ({@code والموصل} finds {@code الموصل}).
     */
    public static List<String> queryKeys(String query) {
        List<String> words = searchWords(query);
        Set<String> out = new LinkedHashSet<>();
        if (words.isEmpty()) {
            return List.of();
        }
        String rest = String.join("", words.subList(1, words.size()));
        for (String reading : cliticReadings(words.get(0))) {
            out.add(reading + rest);
        }
        String bare = searchKeyWithoutArticle(words);
        if (bare != null) {
            out.add(bare);
        }
        out.remove("");
        return List.copyOf(out);
    }

    /** The joined search words without a leading article (Arabic or Latin), or null when there is none. */
    private static String searchKeyWithoutArticle(List<String> words) {
        String first = words.get(0);
        if (words.size() > 1 && LATIN_ARTICLES.contains(first)) {
            return String.join("", words.subList(1, words.size()));
        }
        String stripped = withoutArticle(first);
        if (!stripped.equals(first)) {
            return stripped + String.join("", words.subList(1, words.size()));
        }
        return null;
    }

    private static void add(List<RankedKey> out, Set<String> seen, String key, int rank) {
        if (!key.isEmpty() && seen.add(key)) {
            out.add(new RankedKey(key, rank));
        }
    }

    private static boolean hasNonAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return true;
            }
        }
        return false;
    }
}
