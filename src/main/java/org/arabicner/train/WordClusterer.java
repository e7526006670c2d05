package org.arabicner.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.arabicner.ner.WordFeatureLexicon;
import org.arabicner.text.ArabicNormalizer;

/**
 * Distributional word clusters from unlabeled text, for the CRF's distSim feature: each of the
 * {@code vocabulary} most frequent words gets a vector of positive PMI with its left and right
 * neighbours among the {@code contexts} most frequent words, randomly projected to {@code dims}
 * dimensions, and spherical k-means groups the vectors into {@code k} clusters. Fast (a minute or
 * two for ten million words) and deterministic (fixed seed). Words are normalised
 * ({@link ArabicNormalizer#normalize}) white-space tokens with edge punctuation cut off, so the
 * segmenter's stems (الرقة of والرقة) are found as the free-standing words they also are.
 * Not thread-safe (uses a parallel stream internally).
 */
public final class WordClusterer {

    private final int vocabulary;
    private final int contexts;
    private final int dims;
    private final int k;
    private final int iterations;
    private final int minCount;

    public WordClusterer(int vocabulary, int contexts, int dims, int k, int iterations, int minCount) {
        this.vocabulary = vocabulary;
        this.contexts = contexts;
        this.dims = dims;
        this.k = k;
        this.iterations = iterations;
        this.minCount = minCount;
    }

    /** Clusters for {@code k} from every {@code *.gz} under {@code unlabeledDir}, cached in {@code cache}. */
    public static Map<String, String> cachedClusters(Path unlabeledDir, int k, Path cache) {
        if (Files.exists(cache)) {
            return readClusters(cache);
        }
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(unlabeledDir)) {
            s.filter(p -> p.toString().endsWith(".gz")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + unlabeledDir, e);
        }
        Map<String, String> clusters = new WordClusterer(100_000, 800, 160, k, 12, 5).cluster(files);
        new WordFeatureLexicon(clusters, Map.of()).write(cache);
        return clusters;
    }

    private static Map<String, String> readClusters(Path cache) {
        Map<String, String> m = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(cache)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] c = line.split("\t");
                if (c.length >= 2 && !c[1].equals("-")) {
                    m.put(c[0], c[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + cache, e);
        }
        return m;
    }

    /** Splits a line into normalised words; punctuation at word edges becomes a boundary (null). */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        for (String raw : line.split("\\s+")) {
            int a = 0;
            int b = raw.length();
            while (a < b && !Character.isLetterOrDigit(raw.charAt(a))) {
                a++;
            }
            while (b > a && !Character.isLetterOrDigit(raw.charAt(b - 1))) {
                b--;
            }
            if (a > 0 && !out.isEmpty()) {
                out.add(null);
            }
            if (b > a) {
                out.add(WordFeatureLexicon.key(raw.substring(a, b)));
            }
            if (b < raw.length()) {
                out.add(null);
            }
        }
        return out;
    }

    public Map<String, String> cluster(List<Path> files) {
        Map<String, int[]> freq = new HashMap<>();
        for (Path f : files) {
            forEachLine(f, line -> {
                for (String w : words(line)) {
                    if (w != null) {
                        freq.computeIfAbsent(w, x -> new int[1])[0]++;
                    }
                }
            });
        }
        List<Map.Entry<String, int[]>> ranked = new ArrayList<>(freq.entrySet());
        ranked.sort((x, y) -> y.getValue()[0] != x.getValue()[0]
                ? Integer.compare(y.getValue()[0], x.getValue()[0]) : x.getKey().compareTo(y.getKey()));
        int v = 0;
        while (v < Math.min(vocabulary, ranked.size()) && ranked.get(v).getValue()[0] >= minCount) {
            v++;
        }
        Map<String, Integer> id = new HashMap<>();
        for (int i = 0; i < v; i++) {
            id.put(ranked.get(i).getKey(), i);
        }
        int c = Math.min(contexts, v);
        int cols = 2 * (c + 1); // left/right context words, plus "other" (incl. boundary) each side
        float[][] counts = new float[v][cols];
        final int nv = v;
        for (Path f : files) {
            forEachLine(f, line -> {
                List<String> ws = words(line);
                int[] ids = new int[ws.size()];
                for (int i = 0; i < ids.length; i++) {
                    Integer x = ws.get(i) == null ? null : id.get(ws.get(i));
                    ids[i] = x == null ? -1 : x;
                }
                for (int i = 0; i < ids.length; i++) {
                    if (ids[i] < 0) {
                        continue;
                    }
                    int left = i > 0 && ids[i - 1] >= 0 && ids[i - 1] < c ? ids[i - 1] : c;
                    int right = i + 1 < ids.length && ids[i + 1] >= 0 && ids[i + 1] < c ? ids[i + 1] : c;
                    counts[ids[i]][left]++;
                    counts[ids[i]][c + 1 + right]++;
                }
            });
        }
        float[][] vectors = project(ppmi(counts), nv);
        int[] assignment = kmeans(vectors);
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < nv; i++) {
            out.put(ranked.get(i).getKey(), "c" + assignment[i]);
        }
        return out;
    }

    private static float[][] ppmi(float[][] counts) {
        int cols = counts[0].length;
        double[] colSum = new double[cols];
        double[] rowSum = new double[counts.length];
        double total = 0;
        for (int r = 0; r < counts.length; r++) {
            for (int j = 0; j < cols; j++) {
                colSum[j] += counts[r][j];
                rowSum[r] += counts[r][j];
            }
            total += rowSum[r];
        }
        final double t = total;
        IntStream.range(0, counts.length).parallel().forEach(r -> {
            for (int j = 0; j < cols; j++) {
                float x = counts[r][j];
                if (x > 0) {
                    double pmi = Math.log(x * t / (rowSum[r] * colSum[j]));
                    counts[r][j] = (float) Math.max(0, pmi);
                }
            }
        });
        return counts;
    }

    private float[][] project(float[][] m, int n) {
        int cols = m[0].length;
        SplittableRandom rnd = new SplittableRandom(42);
        float[][] proj = new float[cols][dims];
        for (float[] row : proj) {
            for (int d = 0; d < dims; d++) {
                row[d] = (float) (rnd.nextBoolean() ? 1 : -1);
            }
        }
        float[][] out = new float[n][];
        IntStream.range(0, n).parallel().forEach(r -> {
            float[] v = new float[dims];
            for (int j = 0; j < cols; j++) {
                float x = m[r][j];
                if (x != 0) {
                    float[] p = proj[j];
                    for (int d = 0; d < dims; d++) {
                        v[d] += x * p[d];
                    }
                }
            }
            normalise(v);
            out[r] = v;
            m[r] = null; // free the count row
        });
        return out;
    }

    private int[] kmeans(float[][] x) {
        int n = x.length;
        SplittableRandom rnd = new SplittableRandom(7);
        float[][] centroids = new float[k][];
        int[] perm = IntStream.range(0, n).toArray();
        for (int i = 0; i < k; i++) {
            int j = i + rnd.nextInt(n - i);
            int tmp = perm[i];
            perm[i] = perm[j];
            perm[j] = tmp;
            centroids[i] = x[perm[i]].clone();
        }
        int[] assign = new int[n];
        for (int it = 0; it < iterations; it++) {
            final float[][] cs = centroids;
            IntStream.range(0, n).parallel().forEach(i -> {
                float best = -Float.MAX_VALUE;
                int arg = 0;
                for (int c = 0; c < k; c++) {
                    float dot = 0;
                    float[] cc = cs[c];
                    float[] xi = x[i];
                    for (int d = 0; d < dims; d++) {
                        dot += cc[d] * xi[d];
                    }
                    if (dot > best) {
                        best = dot;
                        arg = c;
                    }
                }
                assign[i] = arg;
            });
            float[][] next = new float[k][dims];
            int[] sizes = new int[k];
            for (int i = 0; i < n; i++) {
                sizes[assign[i]]++;
                float[] c = next[assign[i]];
                for (int d = 0; d < dims; d++) {
                    c[d] += x[i][d];
                }
            }
            for (int c = 0; c < k; c++) {
                if (sizes[c] == 0) {
                    next[c] = x[rnd.nextInt(n)].clone(); // re-seed an empty cluster
                } else {
                    normalise(next[c]);
                }
            }
            centroids = next;
        }
        return assign;
    }

    private static void normalise(float[] v) {
        double s = 0;
        for (float f : v) {
            s += f * f;
        }
        if (s > 0) {
            float inv = (float) (1 / Math.sqrt(s));
            for (int d = 0; d < v.length; d++) {
                v[d] *= inv;
            }
        }
    }

    private static void forEachLine(Path gz, java.util.function.Consumer<String> action) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                action.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read unlabeled text " + gz, e);
        }
    }

    /** For tests and reports: cluster sizes. */
    static int[] sizes(int[] assignment, int k) {
        int[] s = new int[k];
        Arrays.stream(assignment).forEach(a -> s[a]++);
        return s;
    }
}
