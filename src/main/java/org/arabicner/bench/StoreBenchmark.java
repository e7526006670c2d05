package org.arabicner.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.arabicner.query.EntityStore;
import org.arabicner.store.CorpusIndexer;
import org.arabicner.store.IndexReport;
import org.arabicner.text.EntityType;

/**
 * Measures the corpus store on a synthetic corpus ({@link SyntheticCorpus}): the time to
 * build {@code corpus.duckdb} from the CSVs, and the latency of a name lookup, a
 * co-occurrence query and a top-N query through {@link EntityStore}. Latencies are
 * measured one query at a time after a warm-up; medians, 90th percentiles and maxima are
 * reported. Not a test: figures depend on the machine.
 *
 * <p>Instances are immutable; one {@link #run} at a time per directory.
 */
public final class StoreBenchmark {

    /**
     * @param articles           synthetic articles
     * @param entitiesPerArticle distinct entities per article
     * @param queries            timed queries of each kind
     * @param threads            DuckDB threads for the build
     * @param memoryLimit        DuckDB memory limit for the build
     * @param seed               random seed for the corpus and the query sample
     */
    public record Settings(int articles, int entitiesPerArticle, int queries, int threads,
                           String memoryLimit, long seed) {
    }

    /** Latency figures of one kind of query, in milliseconds. */
    public record Latency(String query, int runs, double medianMs, double p90Ms, double maxMs) {
        String line() {
            return String.format(Locale.ROOT, "%-34s median %8.2f ms   p90 %8.2f ms   max %8.2f ms   (%d runs)",
                    query, medianMs, p90Ms, maxMs, runs);
        }
    }

    /** Everything measured. */
    public record Report(SyntheticCorpus.Written corpus, double generateSeconds, IndexReport index,
                         long databaseBytes, List<Latency> latencies) {
    }

    private final Settings settings;

    public StoreBenchmark(Settings settings) {
        this.settings = settings;
    }

    /** Writes the corpus into {@code dir}, indexes it, queries it, and logs progress to {@code log}. */
    public Report run(Path dir, PrintWriter log) throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(settings.articles(), settings.entitiesPerArticle(),
                settings.seed());
        log.printf(Locale.ROOT, "writing %,d synthetic articles x %d entities to %s%n",
                settings.articles(), settings.entitiesPerArticle(), dir);
        log.flush();
        long t0 = System.nanoTime();
        SyntheticCorpus.Written written = corpus.write(dir);
        double generateSeconds = (System.nanoTime() - t0) / 1e9;
        log.printf(Locale.ROOT, "  %,d entity rows, %,d mention rows, %,d MB of CSV in %.1f s%n",
                written.entityRows(), written.mentionRows(), written.bytes() >> 20, generateSeconds);
        log.flush();

        IndexReport index = new CorpusIndexer(settings.threads(), settings.memoryLimit()).build(dir);
        long dbBytes = Files.size(index.database());
        log.printf(Locale.ROOT, "  %s%n  steps: %s%n  database %,d MB%n", index.summary(),
                index.stepSummary(), dbBytes >> 20);
        log.flush();

        List<Latency> latencies = new ArrayList<>();
        try (EntityStore store = EntityStore.openDatabase(index.database(), 2)) {
            SplittableRandom random = new SplittableRandom(settings.seed() + 1);
            int n = settings.queries();
            // Entities picked like user queries: by article row, so popular ones come up often.
            List<String> popular = store.sql("SELECT entity_id FROM entities ORDER BY articles DESC LIMIT 1")
                    .rows().stream().map(r -> (String) r.get(0)).toList();
            String[] byRow = sampleEntityIds(store, n, settings.seed());
            SyntheticCorpus.Entity[] names = new SyntheticCorpus.Entity[n];
            for (int i = 0; i < n; i++) {
                names[i] = corpus.entity(random.nextInt(corpus.distinctEntities()));
            }
            EntityType[] types = EntityType.values();

            latencies.add(time("find, English name (exact)", n, i -> store.find(names[i].nameEn())));
            latencies.add(time("find, Arabic name + clitic", n, i -> store.find("و" + names[i].nameAr())));
            latencies.add(time("find, prefix (no exact match)", n,
                    i -> store.find(names[i].nameEn().substring(0, 5))));
            latencies.add(time("cooccurring(entity, 20)", n, i -> store.cooccurring(byRow[i], 20)));
            latencies.add(time("cooccurring(most frequent, 20)", Math.max(5, n / 10),
                    i -> store.cooccurring(popular.get(0), 20)));
            latencies.add(time("top(type, 20)", n, i -> store.top(types[i % types.length], 20)));
            latencies.add(time("articlesMentioning(entity)", n, i -> store.articlesMentioning(byRow[i])));
            for (Latency l : latencies) {
                log.println("  " + l.line());
            }
            log.flush();
        }
        return new Report(written, generateSeconds, index, dbBytes, latencies);
    }

    /** Entity ids of {@code n} random article rows (so popular entities come up often). */
    private static String[] sampleEntityIds(EntityStore store, int n, long seed) {
        List<List<Object>> rows = store.sql("SELECT entity_id FROM article_entities"
                + " USING SAMPLE reservoir(" + n + " ROWS) REPEATABLE (" + seed + ")").rows();
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = (String) rows.get(i % rows.size()).get(0);
        }
        return out;
    }

    /** Runs {@code query} for i = 0..runs-1 after a warm-up of a tenth as many runs. */
    private static Latency time(String name, int runs, IntConsumer query) {
        for (int i = 0; i < Math.max(3, runs / 10); i++) {
            query.accept(i % runs);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.accept(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new Latency(name, runs, ms[runs / 2], ms[(int) Math.min(runs - 1, Math.round(runs * 0.9))],
                ms[runs - 1]);
    }

    /** Deletes a benchmark directory and everything in it. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
