package org.arabicner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.arabicner.bench.RenderBenchmark;
import org.arabicner.bench.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code arner bench-render}: times the HTML pages of a synthetic batch output ({@link RenderBenchmark}). */
@Command(name = "bench-render", mixinStandardHelpOptions = true,
        description = "Write a synthetic batch output (default 10,000 articles of ~2,000 characters, 12 entities"
                + " each) and time 'arner render' on it (median of --runs).")
public final class BenchRenderCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--articles", defaultValue = "10000", description = "Synthetic articles (default ${DEFAULT-VALUE}).")
    private int articles;

    @Option(names = "--entities-per-article", defaultValue = "12",
            description = "Distinct entities per article (default ${DEFAULT-VALUE}).")
    private int entitiesPerArticle;

    @Option(names = "--runs", defaultValue = "3", description = "Timed renders (default ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--threads", description = "Rendering threads (default: the number of cores, ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--dir", description = "Work directory (default: a new temporary directory, deleted afterwards).")
    private Path dir;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || entitiesPerArticle < 1 || runs < 1 || threads < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--articles, --entities-per-article, --runs and --threads must be at least 1");
        }
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("arner-bench-render");
        try {
            new RenderBenchmark(articles, entitiesPerArticle, runs, threads, seed).run(work, spec.commandLine().getOut());
        } finally {
            if (dir == null) {
                StoreBenchmark.deleteTree(work);
            }
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
