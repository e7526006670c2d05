package org.arabicner.translit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts token sequences and estimates an interpolated Kneser-Ney {@link NgramModel}
 * (continuation counts below the top order, one discount per order from the count-of-counts).
 *
 * <p>Training-side class: not thread-safe, use one instance per model being built.
 * Tokens must lie in {@code [2, 65535]} ({@code 0} and {@code 1} are BOS and EOS).
 */
public final class NgramModelTrainer {

    private final int order;
    private final int minCountHighOrders;
    private final Map<String, Integer> topCounts = new HashMap<>();
    private int maxToken = NgramModel.EOS;

    /**
     * @param order n-gram order (at least 1)
     * @param minCountHighOrders n-grams of order 3 and above seen fewer times than this are
     *     dropped from the stored model (their mass goes to the lower orders); 1 keeps all
     */
    public NgramModelTrainer(int order, int minCountHighOrders) {
        if (order < 1 || order > 32) {
            throw new IllegalArgumentException("order must be in 1..32, got " + order);
        }
        this.order = order;
        this.minCountHighOrders = minCountHighOrders;
    }

    /** Adds one sequence (without BOS/EOS; they are added here) {@code weight} times. */
    public void add(int[] tokens, int weight) {
        char[] padded = new char[tokens.length + order];
        int p = 0;
        for (int i = 0; i < order - 1; i++) {
            padded[p++] = (char) NgramModel.BOS;
        }
        for (int t : tokens) {
            if (t < 2 || t > 0xFFFF) {
                throw new IllegalArgumentException("token out of range: " + t);
            }
            maxToken = Math.max(maxToken, t);
            padded[p++] = (char) t;
        }
        padded[p++] = (char) NgramModel.EOS;
        String s = new String(padded, 0, p);
        for (int end = order; end <= p; end++) {
            topCounts.merge(s.substring(end - order, end), weight, Integer::sum);
        }
    }

    /** Estimates the model from everything added so far. */
    public NgramModel build() {
        // counts per order: the top order keeps real counts, lower orders continuation counts
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (int n = 0; n <= order; n++) {
            counts.add(new HashMap<>());
        }
        counts.set(order, topCounts);
        for (int n = order; n > 1; n--) {
            Map<String, Integer> lower = counts.get(n - 1);
            for (String g : counts.get(n).keySet()) {
                lower.merge(g.substring(1), 1, Integer::sum);
            }
        }
        Map<String, Float> alphas = new HashMap<>();
        Map<String, Float> gammas = new HashMap<>();
        for (int n = 1; n <= order; n++) {
            Map<String, Integer> c = counts.get(n);
            double discount = discount(c);
            Map<String, long[]> ctx = new HashMap<>(); // context -> {total, types}
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                long[] t = ctx.computeIfAbsent(e.getKey().substring(0, n - 1), k -> new long[2]);
                t[0] += e.getValue();
                t[1]++;
            }
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                int count = e.getValue();
                if (n >= 3 && count < minCountHighOrders) {
                    continue;
                }
                long[] t = ctx.get(e.getKey().substring(0, n - 1));
                alphas.put(e.getKey(), (float) (Math.max(count - discount, 0) / t[0]));
            }
            for (Map.Entry<String, long[]> e : ctx.entrySet()) {
                long[] t = e.getValue();
                gammas.put(e.getKey(), (float) (discount * t[1] / t[0]));
            }
        }
        return NgramModel.of(order, maxToken + 1, alphas, gammas);
    }

    private static double discount(Map<String, Integer> counts) {
        long n1 = 0;
        long n2 = 0;
        for (int c : counts.values()) {
            if (c == 1) {
                n1++;
            } else if (c == 2) {
                n2++;
            }
        }
        if (n1 == 0) {
            return 0.5;
        }
        double d = n1 / (n1 + 2.0 * n2);
        return Math.min(0.95, Math.max(0.1, d));
    }
}
