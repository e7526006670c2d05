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
 * and the project's full pipeline, each after a warm-up, at one thread and at {@code threads};
 * also one pipeline per thread against one shared pipeline, the peak heap, and the time from JVM
 * start to the first article annotated. Not thread-safe; run one at a time in a quiet JVM.
 */
public final class Benchmark {

    /**
     * The figures.
     *
     * @param articleSource       where the articles came from
     * @param articles            articles per measured pass
     * @param tokens              tokens per pass (as the baseline counts them)
     * @param threads             threads of the multi-threaded passes
     * @param firstArticleMs      JVM start to the first article annotated by the full pipeline
     * @param baseline1t          plain CoreNLP tokens/s, one thread
     * @param pipelineCold1t      full pipeline tokens/s, one thread, first pass (transliteration cache cold)
     * @param pipeline1t          full pipeline tokens/s, one thread (warm)
     * @param baselineNt          plain CoreNLP tokens/s, {@code threads} threads
     * @param pipelineNt          full pipeline tokens/s, {@code threads} threads, one shared pipeline
     * @param pipelinePerThreadNt full pipeline tokens/s, {@code threads} threads, one pipeline each
     * @param peakHeapMb          the largest heap in use seen during the run
     */
    public record Result(String articleSource, int articles, long tokens, int threads, long firstArticleMs,
                         double baseline1t, double pipelineCold1t, double pipeline1t, double baselineNt, double pipelineNt,
                         double pipelinePerThreadNt, long peakHeapMb) {

        public double ratio1t() {
            return pipeline1t / baseline1t;
        }

        public double scaling() {
            return pipelineNt / pipeline1t;
        }
    }

    private final int articles;
    private final int threads;
    private final boolean perThread;

    public Benchmark(int articles, int threads, boolean perThread) {
        this.articles = articles;
        this.threads = threads;
        this.perThread = perThread;
    }

    public Result run(java.io.PrintStream log) throws Exception {
        HeapSampler heap = new HeapSampler();
        heap.start();
        try {
            BenchArticles.Loaded loaded = BenchArticles.load(articles);
            List<String> texts = loaded.articles();
            ArabicNer ner = ArabicNer.withDefaults();
            ner.annotate("first", texts.get(0));
            long firstArticleMs = ManagementFactory.getRuntimeMXBean().getUptime();
            log.printf("bench: %d articles from %s; first article annotated %d ms after JVM start%n",
                    texts.size(), loaded.source(), firstArticleMs);
            CoreNlpBaseline baseline = new CoreNlpBaseline();
            ToIntFunction<String> plain = baseline::annotate;
            ToIntFunction<String> full = t -> ner.annotate("bench", t).tokens();

            List<String> warm = texts.subList(0, Math.min(texts.size(), 30));
            log.println("bench: warming up");
            pass(warm, 1, () -> plain);
            // The transliterator caches name parts, as a long batch would: one cold pass over all
            // articles first, so that every measured pass sees the same warm cache.
            Pass cold = pass(texts, 1, () -> full);
            log.printf("bench: pipeline, 1 thread, cold name cache: %.0f tokens/s%n", cold.rate());

            Pass b1 = pass(texts, 1, () -> plain);
            long tokens = b1.tokens;
            log.printf("bench: CoreNLP, 1 thread: %.0f tokens/s%n", b1.rate());
            Pass p1 = pass(texts, 1, () -> full);
            log.printf("bench: pipeline, 1 thread: %.0f tokens/s%n", p1.rate());
            Pass bn = pass(texts, threads, () -> plain);
            log.printf("bench: CoreNLP, %d threads: %.0f tokens/s%n", threads, bn.rate());
            Pass pn = pass(texts, threads, () -> full);
            log.printf("bench: pipeline, %d threads, shared: %.0f tokens/s%n", threads, pn.rate());
            double perThreadRate = Double.NaN;
            if (perThread && threads > 1) {
                List<ArabicNer> own = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    own.add(ArabicNer.withDefaults());
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
            return new Result(loaded.source(), texts.size(), tokens, threads, firstArticleMs, b1.rate(), cold.rate(),
                    p1.rate(), bn.rate(), pn.rate(), perThreadRate, heap.peakMb());
        } finally {
            heap.finish();
        }
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
