package org.arabicner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.arabicner.ArabicNer;
import org.arabicner.eval.NerEvaluator;
import org.arabicner.eval.Scores;
import org.arabicner.ner.Mention;
import org.arabicner.train.ConllReader;
import org.arabicner.train.ConllSentence;
import org.arabicner.train.WikiFaneReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code arner eval --gold FILE.conll [--json]}: entity-level precision, recall and F1 (per type and
 * micro, conlleval semantics) of the NER pipeline against a gold CoNLL file. The pipeline comes from
 * an injectable {@link PipelineFactory}, so the full application pipeline can be measured through
 * the same code path as {@code run} (the default); tests inject small pipelines.
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

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--wikifane",
            description = "The gold file is WikiFANE Gold: its 50 fine classes are mapped to the four as WikiFaneReader does"
                    + " (compare its PERS and LOC rows: its ORG and MISC follow other guidelines)")
    boolean wikifane;

    @Option(names = "--limit", defaultValue = "0", description = "Score only the first N sentences (0 = all)")
    int limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PipelineFactory factory;

    public EvalCommand() {
        this(null);
    }

    /** @param factory the pipeline to evaluate (tests); null for the full pipeline */
    public EvalCommand(PipelineFactory factory) {
        this.factory = factory;
    }

    /** The full pipeline, the same code path as {@code run}: the mentions of the entity table. */
    private Function<String, List<Mention>> fullPipeline() {
        ArabicNer ner = ArabicNer.with(pipeline.pipeline());
        return text -> ner.annotate("eval", text).mentions();
    }

    @Override
    public Integer call() {
        pipeline.validate();
        if (!Files.isRegularFile(gold)) {
            throw new ParameterException(spec.commandLine(), "gold file " + gold
                    + " not found: pass an existing CoNLL file with --gold");
        }
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 or more, got " + limit);
        }
        List<ConllSentence> sentences = wikifane ? WikiFaneReader.read(gold) : ConllReader.read(gold);
        if (limit > 0 && sentences.size() > limit) {
            sentences = sentences.subList(0, limit);
        }
        long t0 = System.nanoTime();
        Function<String, List<Mention>> tagger = factory == null ? fullPipeline() : factory.create(pipeline.model);
        Scores scores = new NerEvaluator(tagger, pipeline.threads, NerEvaluator.DEFAULT_CHUNK)
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

}
