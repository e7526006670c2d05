package org.arabicner.translit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Beam search over joint Arabic/English chunk units scored by a joint-sequence n-gram model
 * (a joint source-channel model): reads the Arabic letters left to right, at each point
 * choosing a 1..{@code maxChunk}-letter Arabic chunk and one of the English chunks seen paired
 * with it in training.
 *
 * <p>Hypotheses are not recombined, so that the beam keeps distinct English strings; strings
 * reached through several segmentations have their probabilities summed.
 *
 * <p>Immutable and thread-safe: all search state is local to {@link #decode}.
 */
public final class TransliterationDecoder {

    /** Log-probability charged for an Arabic letter no unit covers (it is skipped). */
    private static final double UNKNOWN_LETTER_PENALTY = -12.0;

    private final NgramModel joint;
    private final Map<String, int[]> unitsByArabic;
    private final String[] unitEnglish;
    private final int maxChunk;

    /**
     * @param unitsByArabic for each Arabic chunk, the ids of its units (most frequent first)
     * @param unitEnglish English side of every unit, indexed by unit id
     */
    public TransliterationDecoder(NgramModel joint, Map<String, int[]> unitsByArabic,
                                  String[] unitEnglish, int maxChunk) {
        this.joint = joint;
        this.unitsByArabic = Map.copyOf(unitsByArabic);
        this.unitEnglish = unitEnglish.clone();
        this.maxChunk = maxChunk;
    }

    /** A partial reading; the English text is recovered through the parent links. */
    private record Hypothesis(Hypothesis parent, int unit, int[] history, int englishLength, double score) {
    }

    /**
     * Decodes a normalised Arabic word.
     *
     * @param beam hypotheses kept per Arabic position
     * @param forcedEnglish when not null, only segmentations producing exactly this English
     *     string are searched (used to score candidates from elsewhere)
     * @return English strings mapped to the natural log of their joint probability
     */
    public Map<String, Double> decode(String arabic, int beam, String forcedEnglish) {
        Map<String, Double> out = new HashMap<>();
        int historyLength = joint.order() - 1;
        for (Hypothesis h : search(arabic, beam, forcedEnglish)) {
            if (forcedEnglish != null && h.englishLength != forcedEnglish.length()) {
                continue;
            }
            double s = h.score + joint.logProb(h.history, historyLength, NgramModel.EOS);
            out.merge(english(h), s, TransliterationDecoder::logAdd);
        }
        return out;
    }

    /** The complete hypotheses (EOS not yet scored). */
    private List<Hypothesis> search(String arabic, int beam, String forcedEnglish) {
        int n = arabic.length();
        int order = joint.order();
        @SuppressWarnings("unchecked")
        List<Hypothesis>[] beams = new List[n + 1];
        for (int i = 0; i <= n; i++) {
            beams[i] = new ArrayList<>();
        }
        int[] start = new int[Math.max(1, order - 1)];
        Arrays.fill(start, NgramModel.BOS);
        beams[0].add(new Hypothesis(null, -1, start, 0, 0.0));
        Comparator<Hypothesis> byScore = Comparator.comparingDouble(Hypothesis::score).reversed();
        int historyLength = order - 1;
        for (int i = 0; i < n; i++) {
            List<Hypothesis> here = beams[i];
            if (here.isEmpty()) {
                continue;
            }
            here.sort(byScore);
            List<Hypothesis> kept = here.size() > beam ? here.subList(0, beam) : here;
            boolean covered = false;
            for (int len = 1; len <= maxChunk && i + len <= n; len++) {
                int[] units = unitsByArabic.get(arabic.substring(i, i + len));
                if (units == null) {
                    continue;
                }
                covered |= len == 1;
                for (Hypothesis h : kept) {
                    for (int u : units) {
                        String e = unitEnglish[u];
                        if (forcedEnglish != null && !forcedEnglish.startsWith(e, h.englishLength)) {
                            continue;
                        }
                        double s = h.score + joint.logProb(h.history, historyLength, u);
                        beams[i + len].add(new Hypothesis(h, u, shift(h.history, u),
                                h.englishLength + e.length(), s));
                    }
                }
            }
            if (!covered) {
                for (Hypothesis h : kept) {
                    beams[i + 1].add(new Hypothesis(h, -1, h.history, h.englishLength,
                            h.score + UNKNOWN_LETTER_PENALTY));
                }
            }
        }
        return beams[n];
    }

    /**
     * The likeliest segmentation of a known pair into units, as unit ids, or {@code null}
     * when the beam finds none.
     */
    public int[] bestSegmentation(String arabic, String english, int beam) {
        Hypothesis best = search(arabic, beam, english).stream()
                .filter(h -> h.englishLength == english.length())
                .max(Comparator.comparingDouble(h -> h.score
                        + joint.logProb(h.history, joint.order() - 1, NgramModel.EOS)))
                .orElse(null);
        if (best == null) {
            return null;
        }
        List<Integer> units = new ArrayList<>();
        for (Hypothesis at = best; at != null; at = at.parent) {
            if (at.unit >= 0) {
                units.add(at.unit);
            }
        }
        int[] out = new int[units.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = units.get(out.length - 1 - i);
        }
        return out;
    }

    private String english(Hypothesis h) {
        char[] text = new char[h.englishLength];
        int end = text.length;
        for (Hypothesis at = h; at != null; at = at.parent) {
            if (at.unit >= 0) {
                String e = unitEnglish[at.unit];
                end -= e.length();
                e.getChars(0, e.length(), text, end);
            }
        }
        return new String(text);
    }

    /** The history after appending {@code unit}, oldest token dropped. */
    private static int[] shift(int[] history, int unit) {
        int[] next = new int[history.length];
        System.arraycopy(history, 1, next, 0, history.length - 1);
        next[history.length - 1] = unit;
        return next;
    }

    static double logAdd(double a, double b) {
        double max = Math.max(a, b);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
    }
}
