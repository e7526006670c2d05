package org.arabicner.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.arabicner.bench.StoreBenchmark;
import org.arabicner.output.CsvSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code arner bench-store}: builds a synthetic corpus store and times its queries
 * ({@link StoreBenchmark}). The synthetic CSVs and database go to a temporary directory
 * that is deleted afterwards unless {@code --keep}.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Build a synthetic corpus store (default 100,000 articles x 20 entities) and"
                + " report build time and median query latencies.")
public final class BenchStoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--articles", defaultValue = "100000", description = "Synthetic articles (default ${DEFAULT-VALUE}).")
    private int articles;

    @Option(names = "--entities-per-article", defaultValue = "20",
            description = "Distinct entities per article (default ${DEFAULT-VALUE}).")
    private int entitiesPerArticle;

    @Option(names = "--queries", defaultValue = "200", description = "Timed queries of each kind (default ${DEFAULT-VALUE}).")
    private int queries;

    @Option(names = "--threads", description = "DuckDB threads for the build (default: the number of cores, ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--memory", defaultValue = "2GB", description = "DuckDB memory limit for the build (default ${DEFAULT-VALUE}).")
    private String memory;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--dir", description = "Work directory (default: a new temporary directory).")
    private Path dir;

    @Option(names = "--keep", description = "Keep the synthetic CSVs and database.")
    private boolean keep;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (articles < 1 || entitiesPerArticle < 1 || queries < 1 || threads < 1) {
            throw new ParameterException(spec.commandLine(), "--articles, --entities-per-article, --queries and --threads must be >= 1");
        }
        Path work = dir != null ? dir : Files.createTempDirectory("arner-bench-store");
        if (dir != null && Files.exists(dir.resolve(CsvSchema.DATABASE_FILE))) {
            throw new ParameterException(spec.commandLine(), dir + " already holds a corpus.duckdb: pass an empty or new --dir");
        }
        try {
            new StoreBenchmark(new StoreBenchmark.Settings(articles, entitiesPerArticle, queries, threads,
                    memory, seed)).run(work, out);
        } finally {
            if (!keep) {
                StoreBenchmark.deleteTree(work);
            } else {
                out.println("kept " + work);
            }
            out.flush();
        }
        return 0;
    }
}
