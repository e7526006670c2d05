package org.arabicner.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Proclitics that attach to names in news text: the conjunctions و and ف, the prepositions
 * ب, ل and ك, and the definite article ال (which ل turns into لل: للرقة = ل + الرقة).
 *
 * <p>Stripping is ambiguous without a lexicon (وليد is a name, not و + ليد), so
 * {@link #readings(String)} returns every reading, the word itself first, and callers keep
 * the one their lexicon knows. Works on normalised text. Stateless and thread-safe.
 */
public final class ArabicClitics {

    private static final String AL = "\u0627\u0644";      // ال
    private static final String LAM_LAM = "\u0644\u0644"; // لل

    private ArabicClitics() {
    }

    /**
     * Every way to read {@code word} as proclitics + stem: the word itself, then the stems
     * after و/ف, after ب/ل/ك, after both, with لل restored to ال, and each stem without
     * its definite article.
     */
    public static List<String> readings(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        List<String> afterConj = new ArrayList<>();
        afterConj.add(word);
        if (word.length() > 2 && (word.charAt(0) == '\u0648' || word.charAt(0) == '\u0641')) {
            afterConj.add(word.substring(1));
        }
        for (String w : afterConj) {
            out.add(w);
            if (w.length() > 3 && w.startsWith(LAM_LAM)) {
                out.add(AL + w.substring(2));
            }
            if (w.length() > 2 && (w.charAt(0) == '\u0628' || w.charAt(0) == '\u0644'
                    || w.charAt(0) == '\u0643')) {
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

    /** {@code word} without a leading ال, when at least two letters remain. */
    public static String withoutArticle(String word) {
        if (word.startsWith(AL) && word.length() > AL.length() + 1) {
            return word.substring(AL.length());
        }
        return word;
    }
}
