package org.arabicner.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.arabicner.ArabicNer;
import org.arabicner.corenlp.CoreNlpBaseline;

/**
 * Measures, in one process and on the same articles, plain CoreNLP ({@code tokenize,ssplit,pos})
 * and the project's full pipeline at one thread and at {@code threads}; also one pipeline per
 * thread against one shared pipeline, the peak heap, and the time from JVM start to the first
 * article annotated.
 *
 * <p>Both are warmed up first, then measured in {@code rounds} interleaved rounds (baseline,
 * pipeline, baseline, pipeline, … with the order flipped every other round, so that neither side
 * always runs first); the figures are medians over the rounds and the ratios are medians of the
 * per-round ratios, so that a change of machine load during the run moves both sides alike.
 * Not thread-safe; run one at a time in a quiet JVM.
 */
public final class Benchmark {

    /**
     * The figures (rates are medians over the rounds).
     *
     * @param articleSource       where the articles came from
     * @param articles            articles per measured pass
     * @param tokens              tokens per pass (as the baseline counts them)
     * @param threads             threads of the multi-threaded passes
     * @param rounds              interleaved measured rounds
     * @param firstArticleMs      JVM start to the first article annotated by the full pipeline
     * @param baseline1t          plain CoreNLP tokens/s, one thread
     * @param pipelineCold1t      full pipeline tokens/s, one thread, first pass (transliteration cache cold)
     * @param pipeline1t          full pipeline tokens/s, one thread (warm)
     * @param baselineNt          plain CoreNLP tokens/s, {@code threads} threads
     * @param pipelineNt          full pipeline tokens/s, {@code threads} threads, one shared pipeline
     * @param pipelinePerThreadNt full pipeline tokens/s, {@code threads} threads, one pipeline each
     * @param peakHeapMb          the largest heap in use seen during the run
     * @param ratio1t             median over rounds of pipeline / baseline, one thread
     * @param ratioNt             median over rounds of pipeline / baseline, {@code threads} threads
     * @param scaling             median over rounds of pipeline at {@code threads} / pipeline at one thread
     * @param roundRatios1t       the per-round one-thread ratios, in round order
     */
    public record Result(String articleSource, int articles, long tokens, int threads, int rounds, long firstArticleMs,
                         double baseline1t, double pipelineCold1t, double pipeline1t, double baselineNt, double pipelineNt,
                         double pipelinePerThreadNt, long peakHeapMb, double ratio1t, double ratioNt, double scaling,
                         List<Double> roundRatios1t) {
        public Result {
            roundRatios1t = List.copyOf(roundRatios1t);
        }
    }

    private final int articles;
    private final int threads;
    private final int rounds;
    private final boolean perThread;
    private final ArabicNer.Options pipeline;

    /** The benchmark of the default pipeline ({@link ArabicNer.Options#defaults()}). */
    public Benchmark(int articles, int threads, int rounds, boolean perThread) {
        this(articles, threads, rounds, perThread, ArabicNer.Options.defaults());
    }

    /** The benchmark of the pipeline {@code pipeline} configures. */
    public Benchmark(int articles, int threads, int rounds, boolean perThread, ArabicNer.Options pipeline) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1");
        }
        this.articles = articles;
        this.threads = threads;
        this.rounds = rounds;
        this.perThread = perThread;
        this.pipeline = pipeline;
    }

    public Result run(java.io.PrintStream log) throws Exception {
        HeapSampler heap = new HeapSampler();
        heap.start();
        try {
            BenchArticles.Loaded loaded = BenchArticles.load(articles);
            List<String> texts = loaded.articles();
            ArabicNer ner = ArabicNer.with(pipeline);
            ner.annotate("first", texts.get(0));
            long firstArticleMs = ManagementFactory.getRuntimeMXBean().getUptime();
            log.printf("bench: %d articles from %s; first article annotated %d ms after JVM start%n",
                    texts.size(), loaded.source(), firstArticleMs);
            CoreNlpBaseline baseline = new CoreNlpBaseline();
            ToIntFunction<String> plain = baseline::annotate;
            ToIntFunction<String> full = t -> ner.annotate("bench", t).tokens();

            List<String> warm = texts.subList(0, Math.min(texts.size(), 30));
            log.println("bench: warming up");
            pass(warm, threads, () -> plain);
            pass(warm, threads, () -> full);
            // The transliterator caches name parts, as a long batch would: one cold pass over all
            // articles first, so that every measured pass sees the same warm cache. It also
            // warms the pipeline's code; the baseline gets a full pass of its own to match.
            Pass cold = pass(texts, 1, () -> full);
            log.printf("bench: pipeline, 1 thread, cold name cache: %.0f tokens/s%n", cold.rate());
            pass(texts, 1, () -> plain);

            double[] b1 = new double[rounds];
            double[] p1 = new double[rounds];
            double[] bn = new double[rounds];
            double[] pn = new double[rounds];
            long tokens = 0;
            for (int r = 0; r < rounds; r++) {
                boolean baselineFirst = r % 2 == 0;
                for (int side = 0; side < 2; side++) {
                    boolean isBaseline = (side == 0) == baselineFirst;
                    Pass one = pass(texts, 1, () -> isBaseline ? plain : full);
                    if (isBaseline) {
                        b1[r] = one.rate();
                        tokens = one.tokens;
                    } else {
                        p1[r] = one.rate();
                    }
                }
                for (int side = 0; side < 2; side++) {
                    boolean isBaseline = (side == 0) == baselineFirst;
                    Pass many = pass(texts, threads, () -> isBaseline ? plain : full);
                    (isBaseline ? bn : pn)[r] = many.rate();
                }
                log.printf("bench: round %d of %d: 1 thread CoreNLP %.0f, pipeline %.0f tokens/s (ratio %.2f);"
                                + " %d threads CoreNLP %.0f, pipeline %.0f tokens/s (ratio %.2f)%n", r + 1, rounds,
                        b1[r], p1[r], p1[r] / b1[r], threads, bn[r], pn[r], pn[r] / bn[r]);
            }
            double perThreadRate = Double.NaN;
            if (perThread && threads > 1) {
                List<ArabicNer> own = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    own.add(ArabicNer.with(pipeline));
                }
                AtomicInteger next = new AtomicInteger();
                Pass warmOwn = pass(warm, threads, () -> {
                    ArabicNer mine = own.get(next.getAndIncrement() % own.size());
                    return t -> mine.annotate("bench", t).tokens();
                });
                next.set(0);
                Pass pt = pass(texts, threads, () -> {
                    ArabicNer mine = own.get(next.getAndIncrement() % own.size());
                    return t -> mine.annotate("bench", t).tokens();
                });
                perThreadRate = pt.rate();
                log.printf("bench: pipeline, %d threads, one pipeline each: %.0f tokens/s (warm-up %.0f)%n",
                        threads, perThreadRate, warmOwn.rate());
            }
            List<Double> ratios1t = new ArrayList<>();
            double[] ratiosNt = new double[rounds];
            double[] scalings = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios1t.add(p1[r] / b1[r]);
                ratiosNt[r] = pn[r] / bn[r];
                scalings[r] = pn[r] / p1[r];
            }
            return new Result(loaded.source(), texts.size(), tokens, threads, rounds, firstArticleMs, median(b1),
                    cold.rate(), median(p1), median(bn), median(pn), perThreadRate, heap.peakMb(),
                    median(ratios1t.stream().mapToDouble(Double::doubleValue).toArray()), median(ratiosNt),
                    median(scalings), ratios1t);
        } finally {
            heap.finish();
        }
    }

    /** The median (the mean of the middle two for an even count). */
    static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private record Pass(long tokens, long nanos) {
        double rate() {
            return tokens / (nanos / 1e9);
        }
    }

    /**
     * Annotates all texts with {@code threads} workers; each worker asks {@code perWorker} once
     * for the function it uses.
     */
    private static Pass pass(List<String> texts, int threads, Supplier<ToIntFunction<String>> perWorker)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                jobs.add(pool.submit(() -> {
                    ToIntFunction<String> f = perWorker.get();
                    for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                        tokens.addAndGet(f.applyAsInt(texts.get(i)));
                    }
                }));
            }
            for (Future<?> j : jobs) {
                j.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Pass(tokens.get(), System.nanoTime() - start);
    }

    /** Samples the heap in use every 20 ms; the peak is the largest sample. */
    private static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private long peak;

        HeapSampler() {
            super("arner-heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (running) {
                long used = rt.totalMemory() - rt.freeMemory();
                synchronized (this) {
                    peak = Math.max(peak, used);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        synchronized long peakMb() {
            return peak / (1024 * 1024);
        }

        void finish() {
            running = false;
            interrupt();
        }
    }
}
