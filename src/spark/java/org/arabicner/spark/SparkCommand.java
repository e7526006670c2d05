package org.arabicner.spark;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.arabicner.cli.ArticleLimitOptions;
import org.arabicner.output.CsvSchema;
import org.arabicner.store.CorpusFiles;
import org.arabicner.store.CorpusIndexer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arner spark}: the batch job on Apache Spark ({@link SparkCorpusJob}). The main class
 * for {@code spark-submit} on a cluster, and for local mode behind {@code ./arner spark}.
 */
@Command(name = "arner spark", mixinStandardHelpOptions = true,
        description = {"Annotates articles on Apache Spark and writes the tables entities, mentions and"
                + " articles (the columns of the CSV contract) under --out, as Parquet (default) or CSV.",
                "Inputs: any Hadoop paths (local, hdfs://, s3a://…) of .txt files, .jsonl files (one"
                        + " {\"id\":…,\"text\":…} per line), Parquet files with id and text columns, or"
                        + " directories of them.",
                "Exit status: 0 when every article succeeded, 1 when some failed, 2 on a usage error."})
public final class SparkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or directories (Hadoop paths).")
    List<String> inputs;

    @Option(names = "--out", required = true, description = "Output directory (Hadoop path); its tables are replaced.")
    String out;

    @Option(names = "--master", description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--format", defaultValue = "parquet", description = "parquet or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--partitions", defaultValue = "0",
            description = "Annotation tasks (default: four per core of the cluster).")
    int partitions;

    @Mixin
    ArticleLimitOptions limits;

    @Option(names = "--no-store", description = "Do not build the corpus store (corpus.duckdb) of a local --out.")
    boolean noStore;

    @Option(names = "--verbose", description = "Spark's own log at INFO level (default: warnings only).")
    boolean verbose;

    private static final String LOG_CONFIG = "log4j2.configurationFile";

    public static void main(String[] args) {
        List<String> argList = List.of(args);
        useSparkLogging(!argList.contains("--verbose"));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CommandLine cl = new CommandLine(new SparkCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("arner spark: " + (e.getMessage() == null ? e : e.getMessage()).toString()
                    .replace('\n', ' '));
            return e instanceof IllegalArgumentException ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
        });
        System.exit(cl.execute(args));
    }

    /**
     * Spark logs through Log4j 2: the project's jar lists SLF4J's no-op provider (for
     * {@code ./arner run}), so the provider is chosen by name, which also spares the "multiple
     * providers" warning; {@code quiet} keeps Spark's log to warnings. Under {@code spark-submit}
     * logging is set up before main, and this changes nothing.
     */
    static void useSparkLogging(boolean quiet) {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.apache.logging.slf4j.SLF4JServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        if (quiet && System.getProperty(LOG_CONFIG) == null) {
            System.setProperty(LOG_CONFIG, "org/arabicner/spark/log4j2-local.properties");
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SparkCorpusJob.Options options = new SparkCorpusJob.Options(SparkCorpusJob.Format.parse(format), partitions,
                limits.limits(spec));
        String effectiveMaster = master != null ? master : System.getProperty("spark.master", "local[*]");
        boolean local = effectiveMaster.startsWith("local");
        Path localOut = localPath(out);
        if (localOut != null && java.nio.file.Files.isRegularFile(new CorpusFiles(localOut).entities())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " holds the output of"
                    + " 'arner run' (" + CsvSchema.ENTITIES_FILE + "); give the Spark job a directory of its own");
        }
        long t0 = System.nanoTime();
        SparkSession spark = SparkSession.builder().appName("arabic-ner").master(effectiveMaster).getOrCreate();
        SparkCorpusJob.Summary summary;
        try {
            summary = new SparkCorpusJob(spark, options).run(inputs, out);
        } finally {
            spark.stop();
        }
        err.print(summary.format());
        err.printf("arner spark: wrote %s/{articles,entities,mentions} (%s) in %.1f s%n", out,
                options.format().name().toLowerCase(java.util.Locale.ROOT), (System.nanoTime() - t0) / 1e9);
        if (!noStore && local && localOut != null) {
            err.println("arner spark: " + CorpusIndexer.index(localOut).summary());
        }
        return summary.errors() == 0 ? 0 : 1;
    }

    /** {@code out} as a local path, or null when it names another file system. */
    static Path localPath(String out) {
        URI uri = URI.create(out.replace(" ", "%20"));
        if (uri.getScheme() == null) {
            return Path.of(out);
        }
        return "file".equals(uri.getScheme()) ? Path.of(uri) : null;
    }
}
