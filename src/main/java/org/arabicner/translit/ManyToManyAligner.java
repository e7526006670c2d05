package org.arabicner.translit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many-to-many letter alignment learned with EM (after Jiampojamarn et al. 2007, m2m-aligner):
 * each Arabic chunk of 1..{@code maxSource} letters pairs with an English chunk of
 * 0..{@code maxTarget} letters (a two-letter Arabic chunk never pairs with nothing). The joint
 * chunk-pair distribution is estimated by forward-backward over all segmentations; the result
 * is the most likely (Viterbi) segmentation of every pair.
 *
 * <p>Training-side class: not thread-safe; one instance aligns one list of pairs.
 */
public final class ManyToManyAligner {

    /** One aligned chunk pair; {@code english} may be empty. */
    public record Chunk(String arabic, String english) {
        /** The joint unit's name, {@code arabic|english}. */
        public String unit() {
            return arabic + "|" + english;
        }
    }

    private final int maxSource;
    private final int maxTarget;
    private final int[][] moves; // {di, dj}

    public ManyToManyAligner(int maxSource, int maxTarget) {
        this.maxSource = maxSource;
        this.maxTarget = maxTarget;
        List<int[]> m = new ArrayList<>();
        for (int di = 1; di <= maxSource; di++) {
            for (int dj = di == 1 ? 0 : 1; dj <= maxTarget; dj++) {
                m.add(new int[] {di, dj});
            }
        }
        this.moves = m.toArray(new int[0][]);
    }

    /**
     * Aligns every pair; a pair that no segmentation covers yields {@code null} in its slot.
     *
     * @param iterations EM iterations (5-10 suffice)
     */
    public List<List<Chunk>> align(List<String> arabic, List<String> english, int iterations) {
        int size = arabic.size();
        Map<String, Integer> ids = new HashMap<>();
        List<Chunk> chunks = new ArrayList<>();
        int[][] edges = new int[size][];
        for (int p = 0; p < size; p++) {
            String a = arabic.get(p);
            String e = english.get(p);
            int n = a.length();
            int m = e.length();
            int[] ed = new int[(n + 1) * (m + 1) * moves.length];
            Arrays.fill(ed, -1);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= m; j++) {
                    for (int k = 0; k < moves.length; k++) {
                        int di = moves[k][0];
                        int dj = moves[k][1];
                        if (i + di > n || j + dj > m) {
                            continue;
                        }
                        Chunk c = new Chunk(a.substring(i, i + di), e.substring(j, j + dj));
                        Integer id = ids.get(c.unit());
                        if (id == null) {
                            id = chunks.size();
                            ids.put(c.unit(), id);
                            chunks.add(c);
                        }
                        ed[(i * (m + 1) + j) * moves.length + k] = id;
                    }
                }
            }
            edges[p] = ed;
        }
        double[] prob = new double[chunks.size()];
        Arrays.fill(prob, 1.0 / chunks.size());
        for (int it = 0; it < iterations; it++) {
            double[] expected = new double[prob.length];
            for (int p = 0; p < size; p++) {
                accumulate(arabic.get(p).length(), english.get(p).length(), edges[p], prob, expected);
            }
            double total = 0;
            for (double x : expected) {
                total += x;
            }
            for (int u = 0; u < prob.length; u++) {
                prob[u] = expected[u] / total;
            }
        }
        List<List<Chunk>> out = new ArrayList<>(size);
        for (int p = 0; p < size; p++) {
            out.add(viterbi(arabic.get(p).length(), english.get(p).length(), edges[p], prob, chunks));
        }
        return out;
    }

    private void accumulate(int n, int m, int[] ed, double[] prob, double[] expected) {
        int w = m + 1;
        double[] fwd = new double[(n + 1) * w];
        double[] bwd = new double[(n + 1) * w];
        fwd[0] = 1.0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= m; j++) {
                double f = fwd[i * w + j];
                if (f == 0) {
                    continue;
                }
                for (int k = 0; k < moves.length; k++) {
                    int u = ed[(i * w + j) * moves.length + k];
                    if (u >= 0) {
                        fwd[(i + moves[k][0]) * w + j + moves[k][1]] += f * prob[u];
                    }
                }
            }
        }
        double z = fwd[n * w + m];
        if (z <= 0 || Double.isNaN(z)) {
            return;
        }
        bwd[n * w + m] = 1.0;
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                double b = 0;
                for (int k = 0; k < moves.length; k++) {
                    int u = ed[(i * w + j) * moves.length + k];
                    if (u >= 0) {
                        b += prob[u] * bwd[(i + moves[k][0]) * w + j + moves[k][1]];
                    }
                }
                bwd[i * w + j] = b;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= m; j++) {
                double f = fwd[i * w + j];
                if (f == 0) {
                    continue;
                }
                for (int k = 0; k < moves.length; k++) {
                    int u = ed[(i * w + j) * moves.length + k];
                    if (u >= 0) {
                        expected[u] += f * prob[u] * bwd[(i + moves[k][0]) * w + j + moves[k][1]] / z;
                    }
                }
            }
        }
    }

    private List<Chunk> viterbi(int n, int m, int[] ed, double[] prob, List<Chunk> chunks) {
        int w = m + 1;
        double[] best = new double[(n + 1) * w];
        int[] back = new int[(n + 1) * w];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        Arrays.fill(back, -1);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= m; j++) {
                double s = best[i * w + j];
                if (s == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                for (int k = 0; k < moves.length; k++) {
                    int u = ed[(i * w + j) * moves.length + k];
                    if (u < 0 || prob[u] <= 0) {
                        continue;
                    }
                    int to = (i + moves[k][0]) * w + j + moves[k][1];
                    double v = s + Math.log(prob[u]);
                    if (v > best[to]) {
                        best[to] = v;
                        back[to] = (i * w + j) * moves.length + k;
                    }
                }
            }
        }
        if (back[n * w + m] < 0) {
            return null;
        }
        List<Chunk> path = new ArrayList<>();
        int at = n * w + m;
        while (at != 0) {
            int b = back[at];
            path.add(chunks.get(ed[b]));
            int k = b % moves.length;
            int cell = b / moves.length;
            at = cell;
            if (k < 0) {
                break;
            }
        }
        java.util.Collections.reverse(path);
        return path;
    }
}
