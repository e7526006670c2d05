package org.arabicner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.arabicner.render.HtmlRenderer;
import org.arabicner.render.RenderReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code arner render}: HTML pages of a batch output. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Renders the output of 'arner run' as HTML pages that open offline: one page per article"
                + " (the text with its mentions highlighted, beside its entity table) and index.html (the"
                + " articles, errors and most frequent entities).",
                "The article texts are read again from the sources recorded in articles.csv and checked"
                        + " against the recorded offsets."})
public final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT_DIR", description = "The --out directory of 'arner run'.")
    Path out;

    @Option(names = "--html", paramLabel = "DIR", description = "Where to write the pages (default: OUT_DIR/html).")
    Path html;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Directory the run was started in, to resolve relative sources (default: the current directory).")
    Path sources;

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + DEFAULT_TOP,
            description = "Most frequent entities listed per type (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--threads", description = "Threads writing pages (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || top < 0) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1 and --top at least 0");
        }
        Path target = html != null ? html : out.resolve(HTML_DIR);
        RenderReport report = new HtmlRenderer(threads, top).render(out, target,
                sources != null ? sources : Path.of(""));
        spec.commandLine().getErr().println("arner: " + report.summary());
        return 0;
    }

    /** The default sub-directory of the output directory for the pages. */
    static final String HTML_DIR = "html";

    /** Most frequent entities per type in the overview, unless --top says otherwise. */
    static final int DEFAULT_TOP = 15;
}
