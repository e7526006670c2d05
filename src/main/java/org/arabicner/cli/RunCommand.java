package org.arabicner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.arabicner.ArabicNer;
import org.arabicner.batch.BatchOptions;
import org.arabicner.batch.BatchRunner;
import org.arabicner.batch.BatchSummary;
import org.arabicner.output.OutputDirectory;
import picocli.CommandLine;
import org.arabicner.ingest.ArticleReader;
import org.arabicner.output.CorpusOutput;
import org.arabicner.output.CsvSchema;
import org.arabicner.render.HtmlRenderer;
import org.arabicner.store.CorpusIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arner run}: the batch job. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Annotates articles and writes entities.csv, mentions.csv, articles.csv and"
                + " tables/<article_id>.csv to the output directory, and the corpus store corpus.duckdb.",
                "Inputs: .txt files (one article each, id = file name), .jsonl files (one"
                        + " {\"id\":…,\"text\":…} per line) and directories of them.",
                "Exit status: 0 when every article succeeded, 1 when some failed, 2 on a usage error."})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or directories.")
    List<Path> inputs;

    @Option(names = "--out", defaultValue = "out", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--resume", description = "Keep articles a previous run into --out completed; redo the rest.")
    boolean resume;

    @Option(names = "--bom", description = "Start CSV files with a UTF-8 byte-order mark, for spreadsheets.")
    boolean bom;

    @Option(names = "--quiet", description = "No progress lines on stderr.")
    boolean quiet;

    @Option(names = "--overwrite", description = "Replace the output of an earlier run in --out (without it, or"
            + " --resume, a run refuses a directory that holds one).")
    boolean overwrite;

    @Mixin
    ArticleLimitOptions limits;

    @Option(names = "--no-store", description = "Do not build the corpus store (corpus.duckdb); 'arner index' can build it later.")
    boolean noStore;

    @Option(names = "--html", arity = "0..1", paramLabel = "DIR", fallbackValue = "",
            description = "Also render the results as HTML pages (see 'arner render'), into DIR (default: OUT/html).")
    Path html;

    @Override
    public Integer call() throws Exception {
        pipeline.validate();
        int threads = pipeline.threads;
        PrintWriter err = spec.commandLine().getErr();
        if (resume && overwrite) {
            return usage(err, "--resume and --overwrite exclude each other: --resume continues the earlier run,"
                    + " --overwrite replaces it");
        }
        BatchOptions options = new BatchOptions(threads, resume, bom, !quiet, limits.limits(spec));
        ArticleReader reader;
        try {
            reader = ArticleReader.of(inputs);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        OutputDirectory.Mode mode = resume ? OutputDirectory.Mode.RESUME
                : overwrite ? OutputDirectory.Mode.OVERWRITE : OutputDirectory.Mode.FRESH;
        BatchSummary summary;
        // The output directory is checked and locked before the models load (seconds).
        try (OutputDirectory claim = OutputDirectory.claim(out, mode, reader.totalBytes());
             CorpusOutput output = CorpusOutput.open(claim, bom)) {
            long t0 = System.nanoTime();
            ArabicNer ner = ArabicNer.with(pipeline.pipeline());
            if (!quiet) {
                err.printf("arner: models loaded in %.1f s; %d input files, %d threads%n",
                        (System.nanoTime() - t0) / 1e9, reader.files().size(), threads);
            }
            summary = new BatchRunner(ner, options, err).run(reader, output);
            err.print(summary.format());
            err.flush();
            err.println("arner: wrote " + out.resolve(CsvSchema.ENTITIES_FILE) + ", " + CsvSchema.MENTIONS_FILE + ", "
                    + CsvSchema.ARTICLES_FILE + " and " + CsvSchema.TABLES_DIR + "/");
            if (!noStore) {
                err.println("arner: " + CorpusIndexer.index(out).summary());
            }
        } catch (OutputDirectory.Problem e) {
            return usage(err, e.getMessage());
        }
        if (html != null) {
            Path target = html.toString().isEmpty() ? out.resolve(RenderCommand.HTML_DIR) : html;
            err.println("arner: " + new HtmlRenderer(threads, RenderCommand.DEFAULT_TOP).render(out, target, Path.of(""))
                    .summary());
        }
        return summary.allSucceeded() ? 0 : 1;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("arner run: " + message);
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }
}
