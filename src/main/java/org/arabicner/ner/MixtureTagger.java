package org.arabicner.ner;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.arabicner.annotation.Token;

/**
 * Combines two taggers by their per-token label probabilities: {@code weight · p₁ + (1 − weight) · p₂},
 * each token taking the label of highest mixed probability (labels missing from one tagger count as
 * probability 0 there). Meant for IO-labelled taggers, where any label sequence is valid.
 * Thread-safe when both taggers are.
 */
public final class MixtureTagger implements ProbabilisticTagger {

    private final ProbabilisticTagger first;
    private final ProbabilisticTagger second;
    private final double weight;
    private final List<String> labels;
    private final int[] firstColumn;
    private final int[] secondColumn;

    public MixtureTagger(ProbabilisticTagger first, ProbabilisticTagger second, double weight) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("mixture weight must be in [0, 1], got " + weight);
        }
        this.first = first;
        this.second = second;
        this.weight = weight;
        Set<String> all = new LinkedHashSet<>(first.labels());
        all.addAll(second.labels());
        this.labels = List.copyOf(all);
        this.firstColumn = columns(labels, first.labels());
        this.secondColumn = columns(labels, second.labels());
    }

    private static int[] columns(List<String> all, List<String> own) {
        int[] c = new int[all.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = own.indexOf(all.get(i));
        }
        return c;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public double[][] probabilities(List<Token> sentence) {
        double[][] a = first.probabilities(sentence);
        double[][] b = second.probabilities(sentence);
        double[][] out = new double[sentence.size()][labels.size()];
        for (int t = 0; t < out.length; t++) {
            for (int k = 0; k < labels.size(); k++) {
                double pa = firstColumn[k] < 0 ? 0 : a[t][firstColumn[k]];
                double pb = secondColumn[k] < 0 ? 0 : b[t][secondColumn[k]];
                out[t][k] = weight * pa + (1 - weight) * pb;
            }
        }
        return out;
    }

    @Override
    public List<TokenTag> tag(List<Token> sentence) {
        return argmax(probabilities(sentence), labels);
    }

    /** Each row's most probable label, with its probability. */
    public static List<TokenTag> argmax(double[][] probabilities, List<String> labels) {
        List<TokenTag> out = new ArrayList<>(probabilities.length);
        for (double[] row : probabilities) {
            int best = 0;
            for (int k = 1; k < row.length; k++) {
                if (row[k] > row[best]) {
                    best = k;
                }
            }
            out.add(new TokenTag(labels.get(best), Math.max(0.0, Math.min(1.0, row[best]))));
        }
        return out;
    }
}
