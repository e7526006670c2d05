package org.arabicner.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the Arabic spellings out of GeoNames alternate names, which mix Arabic, Persian, Urdu,
 * Kurdish, Pashto and other Arabic-script spellings without a language tag.
 *
 * <p>A name is kept only when every character is a letter of the Arabic alphabet proper
 * (U+0621–U+063A, U+0641–U+064A), shadda, a space, a hyphen or an apostrophe: any extended
 * letter (پ چ ژ گ ک ی ۀ ے ڈ ٹ ں ھ ە ڕ ۆ ێ ڵ ڤ ...) marks another language. Vocalised spellings
 * (with vowel marks) are dropped too: GeoNames gives them for Persian and Urdu readings, and Arabic
 * news does not vocalise place names. What remains can still be a Persian spelling written only
 * with shared letters (قاهره for القاهرة), so {@link #preferredFirst} orders the kept names by how
 * Arabic they look. Stateless and thread-safe.
 */
public final class ArabicSpellings {

    /** First words that make a name the district around a city, not the city. */
    private static final Set<String> DISTRICT_WORDS = Set.of("محافظة", "ولاية", "قضاء", "ناحية",
            "بلدية", "إقليم", "اقليم", "منطقة", "مقاطعة", "لواء");
    /** "City of": a correct but wordy spelling, kept but not preferred. */
    private static final String CITY_WORD = "مدينة";
    private static final char SHADDA = '\u0651';
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private ArabicSpellings() {
    }

    /** True when the name starts with a word for an administrative district. */
    public static boolean isDistrictName(String name) {
        int space = name.indexOf(' ');
        return space > 0 && DISTRICT_WORDS.contains(name.substring(0, space));
    }

    /** True when {@code name} is written in the Arabic alphabet proper (see class doc). */
    public static boolean isArabicSpelling(String name) {
        String s = name.strip();
        if (s.isEmpty()) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A')) {
                letters++;
            } else if (c == SHADDA) {
                continue; // doubling is written in Arabic too (عمّان); vowel marks are not
            } else if (c != ' ' && c != '-' && c != '\'') {
                return false;
            }
        }
        return letters >= 2;
    }

    /**
     * How Arabic a kept spelling looks: the article ال, teh marbuta (Persian writes ه) and the
     * hamza seats أ إ آ ؤ ئ and alef maksura (Persian writes plain ا and ی) are Arabic habits.
     */
    public static int arabicScore(String name) {
        int score = name.startsWith(CITY_WORD + " ") ? -3 : 0;
        if (name.startsWith("\u0627\u0644")) {
            score += 2;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\u0629') {
                score += 1;
            } else if (c == '\u0623' || c == '\u0625' || c == '\u0622' || c == '\u0624'
                    || c == '\u0626' || c == '\u0649') {
                score += 1;
            }
        }
        return score;
    }

    /**
     * The Arabic spellings among GeoNames' comma-separated alternate names, most Arabic-looking
     * first (ties keep GeoNames' order), without duplicates and without district names
     * (محافظة أربيل names the governorate, not the city).
     */
    public static List<String> fromAlternateNames(String alternateNames) {
        Set<String> kept = new LinkedHashSet<>();
        for (String n : alternateNames.split(",")) {
            String s = tidy(n);
            if (isArabicSpelling(s) && !isDistrictName(s)) {
                kept.add(s);
            }
        }
        return preferredFirst(kept);
    }

    /** The name stripped, with runs of white space made one space. */
    static String tidy(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ");
    }

    /** {@code names} sorted by {@link #arabicScore} descending, stable. */
    public static List<String> preferredFirst(Iterable<String> names) {
        List<String> out = new ArrayList<>();
        names.forEach(out::add);
        out.sort(Comparator.comparingInt(ArabicSpellings::arabicScore).reversed());
        return out;
    }
}
