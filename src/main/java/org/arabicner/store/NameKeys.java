package org.arabicner.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.arabicner.text.ArabicClitics;
import org.arabicner.text.ArabicNormalizer;

/**
 * Lookup keys for entity names, shared by the indexer (which stores them in the
 * {@code name_keys} table) and the query side (which looks them up), so both fold names
 * the same way.
 *
 * <p>A key is the name after {@link ArabicNormalizer#normalize} (hamza, alef, ya,
 * ta marbuta, diacritics, tatweel), lower-cased, with Latin accents removed and everything
 * but letters and digits dropped: {@code "Al-Raqqa"} → {@code alraqqa},
 * {@code "الرقّة"} → {@code الرقه}, {@code "رايان ديلون"} → {@code رايانديلون}.
 *
 * <p>Each name is stored under ranked keys: {@link #FULL} (the whole name),
 * {@link #VARIANT} (without a leading definite article: ال, al-, el-, the) and
 * {@link #WORD} (the name from its second, third … word on, so "Dillon" finds
 * "Ryan Dillon"). Clitics are handled on the query side ({@link #queryKeys}): وبالموصل is
 * looked up as itself, الموصل and موصل. Stateless and thread-safe.
 */
public final class NameKeys {

    /** Rank of the key of the whole name. */
    public static final int FULL = 0;
    /** Rank of the key of the name without its leading article. */
    public static final int VARIANT = 1;
    /** Rank of the key of a trailing part of the name (from a later word on). */
    public static final int WORD = 2;

    private static final Set<String> LATIN_ARTICLES = Set.of("al", "el", "the", "ad", "ar", "as", "ash", "at", "az");

    private NameKeys() {
    }

    /** A key with its rank ({@link #FULL}, {@link #VARIANT} or {@link #WORD}). */
    public record RankedKey(String key, int rank) {
    }

    /** The key of {@code name}; empty when the name has no letters or digits. */
    public static String key(String name) {
        return String.join("", words(name));
    }

    /**
     * The words of {@code name} after folding: normalised, lower-cased, without accents,
     * split at everything that is not a letter or digit.
     */
    static List<String> words(String name) {
        String n = ArabicNormalizer.normalize(name).toLowerCase(Locale.ROOT);
        if (hasNonAscii(n)) {
            n = Normalizer.normalize(n, Normalizer.Form.NFD);
        }
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
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

    /** Every key {@code name} is stored under, best rank first, without repeats. */
    public static List<RankedKey> indexKeys(String name) {
        List<String> words = words(name);
        List<RankedKey> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (words.isEmpty()) {
            return out;
        }
        add(out, seen, String.join("", words), FULL);
        String bare = withoutArticle(words);
        if (bare != null) {
            add(out, seen, bare, VARIANT);
        }
        for (int i = 1; i < words.size(); i++) {
            List<String> tail = words.subList(i, words.size());
            if (tail.size() == 1 && LATIN_ARTICLES.contains(tail.get(0))) {
                continue;
            }
            add(out, seen, String.join("", tail), WORD);
            String tailBare = withoutArticle(tail);
            if (tailBare != null) {
                add(out, seen, tailBare, WORD);
            }
        }
        return out;
    }

    /**
     * The keys to look {@code query} up under, most literal first: the query itself, then
     * the readings of its first word without proclitics (و, ف, ب, ل, ك, ال) and without a
     * Latin article.
     */
    public static List<String> queryKeys(String query) {
        List<String> words = words(query);
        Set<String> out = new LinkedHashSet<>();
        if (words.isEmpty()) {
            return List.of();
        }
        String rest = String.join("", words.subList(1, words.size()));
        for (String reading : ArabicClitics.readings(words.get(0))) {
            out.add(reading + rest);
        }
        String bare = withoutArticle(words);
        if (bare != null) {
            out.add(bare);
        }
        out.remove("");
        return List.copyOf(out);
    }

    /** The joined words without a leading article, or null when there is none to drop. */
    private static String withoutArticle(List<String> words) {
        String first = words.get(0);
        if (words.size() > 1 && LATIN_ARTICLES.contains(first)) {
            return String.join("", words.subList(1, words.size()));
        }
        String stripped = ArabicClitics.withoutArticle(first);
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
