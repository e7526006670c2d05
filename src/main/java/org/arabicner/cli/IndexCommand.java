package org.arabicner.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.arabicner.store.CorpusFiles;
import org.arabicner.store.CorpusIndexException;
import org.arabicner.store.CorpusIndexer;
import org.arabicner.store.IndexReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arner index <out>}: (re)builds {@code <out>/corpus.duckdb} from the CSVs a batch
 * run wrote ({@link CorpusIndexer}). Exit codes: 0 built, 1 the build failed (the previous
 * database is left as it was), 2 usage errors (no such directory, no CSVs).
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build or rebuild the corpus database <OUT>/corpus.duckdb from the batch CSVs"
                + " (entities.csv, mentions.csv, articles.csv).")
public final class IndexCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT", description = "Batch output directory.")
    private Path out;

    @Option(names = "--threads", description = "DuckDB threads (default: the number of cores, ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--memory", defaultValue = "2GB",
            description = "DuckDB memory limit; bigger builds spill to disk (default ${DEFAULT-VALUE}).")
    private String memory;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "no such directory " + out + ": pass the output directory of a batch run");
        }
        if (!new CorpusFiles(out).hasCsv()) {
            throw new ParameterException(spec.commandLine(), "no entities.csv in " + out + ": run the batch into it first");
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be >= 1");
        }
        try {
            IndexReport report = new CorpusIndexer(threads, memory).build(out);
            stdout.println(report.summary());
            return 0;
        } catch (CorpusIndexException e) {
            err.println("index: " + e.getMessage());
            return 1;
        }
    }
}
