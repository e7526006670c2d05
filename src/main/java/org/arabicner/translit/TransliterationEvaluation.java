package org.arabicner.translit;

import java.util.List;
import java.util.Locale;

/**
 * Accuracy of a {@link Transliterator} on reference pairs: top-1 and top-5 exact match
 * (case-insensitive) and the character error rate of the best reading (edit distance summed
 * over the pairs, divided by the total length of the references). The same figures are also
 * given for the pairs whose Arabic spelling the model never saw in training.
 *
 * <p>Immutable value.
 */
public record TransliterationEvaluation(int pairs, int top1, int top5, double characterErrorRate,
                                        int unseenPairs, int unseenTop1, int unseenTop5) {

    /** Evaluates on line-aligned lists of Arabic names and their English references. */
    public static TransliterationEvaluation evaluate(Transliterator model, List<String> arabic,
                                                     List<String> english) {
        return evaluate(model, null, arabic, english);
    }

    /**
     * As {@link #evaluate(Transliterator, List, List)}, with the first reading given by
     * {@code first} (the name lexicon in front of the model) and the model's readings after it.
     */
    public static TransliterationEvaluation evaluate(Transliterator model, java.util.function.UnaryOperator<String> first,
                                                     List<String> arabic, List<String> english) {
        if (arabic.size() != english.size()) {
            throw new IllegalArgumentException("Arabic and English lists differ in length");
        }
        int top1 = 0;
        int top5 = 0;
        int unseen = 0;
        int unseenTop1 = 0;
        int unseenTop5 = 0;
        long edits = 0;
        long refChars = 0;
        for (int i = 0; i < arabic.size(); i++) {
            String gold = english.get(i).trim().toLowerCase(Locale.ROOT);
            List<String> readings = model.transliterate(arabic.get(i), 5);
            if (first != null) {
                List<String> withFirst = new java.util.ArrayList<>(List.of(first.apply(arabic.get(i))));
                for (String r : readings) {
                    if (withFirst.size() < 5 && !withFirst.contains(r)) {
                        withFirst.add(r);
                    }
                }
                readings = withFirst;
            }
            String best = readings.isEmpty() ? "" : readings.get(0).toLowerCase(Locale.ROOT);
            boolean hit1 = best.equals(gold);
            boolean hit5 = false;
            for (String r : readings) {
                hit5 |= r.toLowerCase(Locale.ROOT).equals(gold);
            }
            top1 += hit1 ? 1 : 0;
            top5 += hit5 ? 1 : 0;
            if (!model.remembers(arabic.get(i))) {
                unseen++;
                unseenTop1 += hit1 ? 1 : 0;
                unseenTop5 += hit5 ? 1 : 0;
            }
            edits += editDistance(best, gold);
            refChars += gold.length();
        }
        return new TransliterationEvaluation(arabic.size(), top1, top5,
                refChars == 0 ? 0 : (double) edits / refChars, unseen, unseenTop1, unseenTop5);
    }

    /** Levenshtein distance. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    public double top1Accuracy() {
        return pairs == 0 ? 0 : (double) top1 / pairs;
    }

    public double top5Accuracy() {
        return pairs == 0 ? 0 : (double) top5 / pairs;
    }

    /** Human-readable summary, one figure per line. */
    public String report() {
        return String.format(Locale.ROOT,
                "pairs %d%ntop-1 %.4f (%d)%ntop-5 %.4f (%d)%nCER %.4f%n"
                        + "unseen-in-training pairs %d: top-1 %.4f, top-5 %.4f%n",
                pairs, top1Accuracy(), top1, top5Accuracy(), top5, characterErrorRate,
                unseenPairs, unseenPairs == 0 ? 0 : (double) unseenTop1 / unseenPairs,
                unseenPairs == 0 ? 0 : (double) unseenTop5 / unseenPairs);
    }
}
