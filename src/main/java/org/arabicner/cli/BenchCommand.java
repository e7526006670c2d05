package org.arabicner.cli;

import com.google.gson.GsonBuilder;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.arabicner.bench.Benchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code arner bench}: throughput of the full pipeline against plain CoreNLP. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures plain CoreNLP (tokenize,ssplit,pos) and the full pipeline on the same"
                + " articles, at 1 thread and at --threads, after a warm-up, in --rounds interleaved rounds"
                + " (baseline and pipeline alternate); prints median tokens/s, the median ratios at 1 and"
                + " --threads threads, the scaling, the peak heap and the time to the first article.",
                "Articles: ANERcorp's text cut into ~3 KB articles when ../shared is present, else the"
                        + " built-in sample."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", description = "Articles per measured pass (default: ${DEFAULT-VALUE}).")
    int articles = 200;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--rounds", description = "Interleaved measured rounds; figures are their medians (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--per-thread", description = "Also measure one pipeline per thread (more memory).")
    boolean perThread;

    @Option(names = "--json", description = "Print the figures as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        pipeline.validate();
        if (articles < 1 || rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--articles and --rounds must be at least 1");
        }
        PrintStream log = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        Benchmark.Result r = new Benchmark(articles, pipeline.threads, rounds, perThread, pipeline.pipeline()).run(log);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new GsonBuilder().serializeSpecialFloatingPointValues().create().toJson(asMap(r)));
        } else {
            out.printf(Locale.ROOT, "articles:                    %d (%s), %d tokens per pass, medians of %d rounds%n",
                    r.articles(), r.articleSource(), r.tokens(), r.rounds());
            out.printf(Locale.ROOT, "CoreNLP tokenize,ssplit,pos: %8.0f tokens/s (1 thread)   %8.0f tokens/s (%d threads)%n",
                    r.baseline1t(), r.baselineNt(), r.threads());
            out.printf(Locale.ROOT, "full pipeline:               %8.0f tokens/s (1 thread)   %8.0f tokens/s (%d threads)%n",
                    r.pipeline1t(), r.pipelineNt(), r.threads());
            out.printf(Locale.ROOT, "full pipeline, first pass:   %8.0f tokens/s (1 thread, transliteration cache cold)%n",
                    r.pipelineCold1t());
            if (!Double.isNaN(r.pipelinePerThreadNt())) {
                out.printf(Locale.ROOT, "full pipeline, one per thread:                      %8.0f tokens/s (%d threads)%n",
                        r.pipelinePerThreadNt(), r.threads());
            }
            out.printf(Locale.ROOT, "ratio pipeline/CoreNLP (1 thread): %.2f (rounds: %s)%n", r.ratio1t(),
                    r.roundRatios1t().stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).toList());
            out.printf(Locale.ROOT, "ratio pipeline/CoreNLP (%d threads): %.2f%n", r.threads(), r.ratioNt());
            out.printf(Locale.ROOT, "scaling %d threads / 1 thread:      %.2f%n", r.threads(), r.scaling());
            out.printf(Locale.ROOT, "peak heap:                         %d MB%n", r.peakHeapMb());
            out.printf(Locale.ROOT, "first article annotated:           %d ms after JVM start%n", r.firstArticleMs());
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> asMap(Benchmark.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baseline_tokens_per_s_1t", Math.round(r.baseline1t()));
        m.put("pipeline_tokens_per_s_1t", Math.round(r.pipeline1t()));
        m.put("ratio_1t", round(r.ratio1t()));
        m.put("pipeline_cold_tokens_per_s_1t", Math.round(r.pipelineCold1t()));
        m.put("baseline_tokens_per_s_nt", Math.round(r.baselineNt()));
        m.put("pipeline_tokens_per_s_nt", Math.round(r.pipelineNt()));
        if (!Double.isNaN(r.pipelinePerThreadNt())) {
            m.put("pipeline_per_thread_tokens_per_s_nt", Math.round(r.pipelinePerThreadNt()));
        }
        m.put("ratio_nt", round(r.ratioNt()));
        m.put("ratio_1t_rounds", r.roundRatios1t().stream().map(BenchCommand::round).toList());
        m.put("rounds", r.rounds());
        m.put("threads", r.threads());
        m.put("scaling", round(r.scaling()));
        m.put("peak_heap_mb", r.peakHeapMb());
        m.put("first_article_ms", r.firstArticleMs());
        m.put("articles", r.articles());
        m.put("tokens_per_pass", r.tokens());
        m.put("article_source", r.articleSource());
        return m;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
