package org.arabicner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.arabicner.corenlp.CoreNlpAnnotator;
import org.arabicner.corenlp.CrfTagger;
import org.arabicner.eval.NerEvaluator;
import org.arabicner.eval.Scores;
import org.arabicner.ner.Mention;
import org.arabicner.ner.MentionPropagator;
import org.arabicner.ner.NameFinder;
import org.arabicner.train.ConllReader;
import org.arabicner.train.ConllSentence;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code arner eval --gold FILE.conll [--json]}: entity-level precision, recall and F1 (per type and
 * micro, conlleval semantics) of the NER pipeline against a gold CoNLL file. The pipeline comes from
 * an injectable {@link PipelineFactory}, so the full application pipeline can be measured through
 * the same code path as {@code run}; the default is the CoreNLP annotator plus the CRF tagger.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the NER pipeline on a gold CoNLL file (entity-level P/R/F1).")
public final class EvalCommand implements Callable<Integer> {

    /** Builds the mention finder to evaluate; {@code model} is the --model option or null. */
    @FunctionalInterface
    public interface PipelineFactory {
        Function<String, List<Mention>> create(Path model);
    }

    @Option(names = "--gold", required = true, description = "Gold CoNLL file (word TAG per line, blank line between sentences)")
    Path gold;

    @Option(names = "--json", description = "Print one JSON object instead of a table")
    boolean json;

    @Option(names = "--model", description = "CRF model file for the default pipeline (default: the shipped model)")
    Path model;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--propagate", defaultValue = "0.5",
            description = "Default pipeline: min confidence of names repeated across the text (default ${DEFAULT-VALUE})")
    double propagate;

    @Option(names = "--outside-weight", defaultValue = "1.0",
            description = "Default pipeline: weight of O's marginal (below 1 favours recall; 1 = Viterbi)")
    double outsideWeight;

    @Option(names = "--no-propagate", description = "Default pipeline: no document-level propagation")
    boolean noPropagate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PipelineFactory factory;

    public EvalCommand() {
        this(null);
    }

    /** @param factory the pipeline to evaluate; null for {@link #defaultPipeline} */
    public EvalCommand(PipelineFactory factory) {
        this.factory = factory;
    }

    /** The CoreNLP segmenter/POS annotator and the CRF name finder with propagation at {@link #PROPAGATE}. */
    public static Function<String, List<Mention>> defaultPipeline(Path model) {
        return defaultPipeline(model, PROPAGATE, 1.0);
    }

    /** Minimum confidence of a name that {@link MentionPropagator} repeats, as tuned on held-out data. */
    public static final double PROPAGATE = 0.5;

    /** As {@link #defaultPipeline(Path)}, with document-level propagation when {@code propagate} is set. */
    public static Function<String, List<Mention>> defaultPipeline(Path model, Double propagate, double outsideWeight) {
        CoreNlpAnnotator annotator = CoreNlpAnnotator.withArabicModels();
        CrfTagger tagger = model == null ? CrfTagger.withDefaultModel() : new CrfTagger(model);
        NameFinder finder = new NameFinder(tagger.withOutsideWeight(outsideWeight),
                propagate == null ? null : new MentionPropagator(propagate));
        return text -> finder.find(annotator.annotate(text));
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(gold)) {
            spec.commandLine().getErr().println("eval: gold file " + gold
                    + " not found: pass an existing CoNLL file with --gold");
            return 2;
        }
        List<ConllSentence> sentences = ConllReader.read(gold);
        long t0 = System.nanoTime();
        Function<String, List<Mention>> pipeline = factory != null ? factory.create(model)
                : defaultPipeline(model, noPropagate ? null : propagate, outsideWeight);
        Scores scores = new NerEvaluator(pipeline, threads, NerEvaluator.DEFAULT_CHUNK)
                .evaluate(sentences);
        double secs = (System.nanoTime() - t0) / 1e9;
        if (json) {
            spec.commandLine().getOut().println(scores.toJson());
        } else {
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d sentences, %.0f s%n%s",
                    gold, sentences.size(), secs, scores.toTable());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }
}
