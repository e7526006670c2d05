package org.arabicner.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.io.FileUtils;
import org.arabicner.ArabicNer;
import org.arabicner.bench.HostileInputFuzz;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arner fuzz}: the batch under hostile input ({@link HostileInputFuzz}). */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = {"Runs the batch on generated hostile inputs (random Unicode, lone surrogates, malformed JSON,"
                + " formula-like and path-like ids, binary and UTF-16 files, …) and checks every promise of the"
                + " README's reliability section.",
                "Exit status: 0 when no invariant was violated, 1 otherwise."})
public final class FuzzCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--inputs", defaultValue = "10000", description = "Inputs to generate (default ${DEFAULT-VALUE}).")
    int inputs;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed; the same seed gives the same inputs (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--keep", paramLabel = "DIR", description = "Write the inputs and output to DIR and keep them.")
    Path keep;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (inputs < 1 || threads < 1) {
            err.println("arner fuzz: --inputs and --threads must be at least 1");
            return 2;
        }
        Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("arner-fuzz");
        try {
            HostileInputFuzz.Report r = new HostileInputFuzz(ArabicNer.withDefaults(), threads).run(inputs, seed, work);
            spec.commandLine().getOut().print(r.format());
            spec.commandLine().getOut().flush();
            return r.violations() == 0 ? 0 : 1;
        } finally {
            if (keep == null) {
                FileUtils.deleteDirectory(work.toFile());
            }
        }
    }
}
