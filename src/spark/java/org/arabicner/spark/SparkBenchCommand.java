package org.arabicner.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.io.FileUtils;
import org.apache.spark.sql.SparkSession;
import org.arabicner.ArabicNer;
import org.arabicner.batch.BatchOptions;
import org.arabicner.batch.BatchRunner;
import org.arabicner.batch.BatchSummary;
import org.arabicner.bench.BenchArticles;
import org.arabicner.ingest.ArticleReader;
import org.arabicner.output.CorpusOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code arner spark-bench}: the overhead of Spark on one machine. In one JVM, with one shared
 * pipeline (models loaded once, then warmed by one pass), the same articles go through the local
 * batch ({@link BatchRunner}, {@code --threads} workers) and through the Spark job (local mode,
 * {@code --master}), interleaved, the order flipped each round; medians of {@code --rounds}.
 * Both read the articles from {@code .txt} files and write their tables (CSV; Parquet).
 */
@Command(name = "arner spark-bench", mixinStandardHelpOptions = true,
        description = "Throughput of the Spark job in local mode against the local batch on the same articles.")
public final class SparkBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "300", description = "Articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--rounds", defaultValue = "3", description = "Rounds of each (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--master", defaultValue = "local[2]", description = "Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--threads", defaultValue = "2", description = "Local batch workers (default: ${DEFAULT-VALUE}).")
    int threads;

    public static void main(String[] args) {
        SparkCommand.useSparkLogging(true);
        CommandLine cl = new CommandLine(new SparkBenchCommand());
        cl.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (articles < 1 || rounds < 1 || threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--articles, --rounds and --threads must be >= 1");
        }
        Path work = Files.createTempDirectory("arner-spark-bench");
        try {
            BenchArticles.Loaded loaded = BenchArticles.load(articles);
            Path in = Files.createDirectories(work.resolve("in"));
            for (int i = 0; i < loaded.articles().size(); i++) {
                Files.writeString(in.resolve(String.format("a%05d.txt", i)), loaded.articles().get(i));
            }
            long t0 = System.nanoTime();
            ArabicNer ner = ExecutorPipeline.get(PipelineFactory.defaults());
            out.printf(Locale.ROOT, "%d articles (%s); models loaded in %.1f s%n", loaded.articles().size(),
                    loaded.source(), seconds(t0));
            BatchSummary warm = local(ner, in, work.resolve("warm"));
            long tokens = warm.tokens();
            out.printf(Locale.ROOT, "warm-up pass (local batch): %.1f s, %,d tokens%n", warm.wall().toNanos() / 1e9, tokens);

            long s0 = System.nanoTime();
            SparkSession spark = SparkSession.builder().appName("arabic-ner-bench").master(master)
                    .config("spark.ui.enabled", false).getOrCreate();
            out.printf(Locale.ROOT, "Spark session (%s) started in %.1f s%n", master, seconds(s0));
            List<Double> localTimes = new ArrayList<>();
            List<Double> sparkTimes = new ArrayList<>();
            try {
                SparkCorpusJob job = new SparkCorpusJob(spark, SparkCorpusJob.Options.defaults());
                for (int r = 0; r < rounds; r++) {
                    for (int k = 0; k < 2; k++) {
                        boolean sparkTurn = (k == 0) == (r % 2 == 1);
                        long t = System.nanoTime();
                        if (sparkTurn) {
                            job.run(List.of(in.toString()), work.resolve("spark").toString());
                            sparkTimes.add(seconds(t));
                        } else {
                            local(ner, in, work.resolve("local"));
                            localTimes.add(seconds(t));
                        }
                    }
                    out.printf(Locale.ROOT, "round %d: local batch %.1f s, Spark %.1f s%n", r + 1,
                            localTimes.get(r), sparkTimes.get(r));
                }
            } finally {
                spark.stop();
            }
            double local = median(localTimes);
            double sparkMedian = median(sparkTimes);
            int n = loaded.articles().size();
            out.printf(Locale.ROOT, "local batch (%d threads): %.1f s median, %.1f articles/s, %,.0f tokens/s%n",
                    threads, local, n / local, tokens / local);
            out.printf(Locale.ROOT, "Spark %s: %.1f s median, %.1f articles/s, %,.0f tokens/s%n", master, sparkMedian,
                    n / sparkMedian, tokens / sparkMedian);
            out.printf(Locale.ROOT, "Spark / local throughput: %.2f%n", local / sparkMedian);
            return 0;
        } finally {
            FileUtils.deleteQuietly(work.toFile());
        }
    }

    private BatchSummary local(ArabicNer ner, Path in, Path outDir) throws IOException {
        try (CorpusOutput output = CorpusOutput.open(outDir, false, false)) {
            return new BatchRunner(ner, new BatchOptions(threads, false, false, false), null)
                    .run(ArticleReader.of(List.of(in)), output);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int m = s.size() / 2;
        return s.size() % 2 == 1 ? s.get(m) : (s.get(m - 1) + s.get(m)) / 2;
    }
}
