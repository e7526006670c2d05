package org.arabicner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.arabicner.ArabicNer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of the NER pipeline, one picocli mixin shared by {@code run}, {@code eval} and
 * {@code bench}, so the three configure the pipeline the same way and with the same defaults
 * (those of {@link ArabicNer.Options#defaults()}, which the README's figures are measured with).
 */
public final class PipelineOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--model", paramLabel = "FILE",
            description = "CRF NER model file (default: the shipped model).")
    Path model;

    @Option(names = "--outside-weight", paramLabel = "W", defaultValue = "1.0",
            description = "Weight of the CRF's O marginal: below 1 favours recall; 1 = Viterbi (default ${DEFAULT-VALUE}).")
    double outsideWeight;

    @Option(names = "--no-backoff", description = "Without the knowledge-base dictionary back-off.")
    boolean noBackoff;

    @Option(names = "--no-propagate", description = "Without document-level label consistency (mention propagation).")
    boolean noPropagate;

    @Option(names = "--without", paramLabel = "RULE",
            description = "Switch a rule around the NER model off, to measure it (repeatable): ${COMPLETION-CANDIDATES}.")
    java.util.Set<ArabicNer.Rule> without = java.util.EnumSet.noneOf(ArabicNer.Rule.class);

    @Option(names = "--tagger", paramLabel = "KIND", defaultValue = "crf",
            description = "NER tagger: crf (the default), neural (opt-in: the neural model, BiLSTM-CRF or window network,"
                    + " whichever --neural-model holds), or mix (both, their label probabilities mixed by --neural-weight).")
    String tagger;

    @Option(names = "--neural-model", paramLabel = "FILE",
            description = "Neural NER model file (default: the shipped one).")
    Path neuralModel;

    @Option(names = "--neural-weight", paramLabel = "W", defaultValue = "0.5",
            description = "mix: the neural tagger's share of the mixed probabilities, 0 to 1 (default ${DEFAULT-VALUE}).")
    double neuralWeight;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    /**
     * Checks the values a user typed.
     *
     * @throws ParameterException (exit status 2) naming the option and the fix
     */
    void validate() {
        if (threads < 1) {
            throw new ParameterException(mixee.commandLine(), "--threads must be at least 1, got " + threads);
        }
        if (!(outsideWeight > 0) || Double.isInfinite(outsideWeight)) {
            throw new ParameterException(mixee.commandLine(),
                    "--outside-weight must be a positive number, got " + outsideWeight);
        }
        taggerKind();
        if (!(neuralWeight >= 0 && neuralWeight <= 1)) {
            throw new ParameterException(mixee.commandLine(), "--neural-weight must be between 0 and 1, got " + neuralWeight);
        }
        if (neuralModel != null && !Files.isRegularFile(neuralModel)) {
            throw new ParameterException(mixee.commandLine(), "--neural-model " + neuralModel
                    + " is not a file: pass a model written by 'arner train --tagger bilstm|neural', or leave it out for the shipped one");
        }
        if (model != null && !Files.isRegularFile(model)) {
            throw new ParameterException(mixee.commandLine(), "--model " + model
                    + " is not a file: pass a model written by 'arner train', or leave --model out for the shipped one");
        }
    }

    /** The pipeline configuration these options choose. */
    ArabicNer.Options pipeline() {
        java.util.Set<ArabicNer.Rule> rules = java.util.EnumSet.allOf(ArabicNer.Rule.class);
        rules.removeAll(without);
        return new ArabicNer.Options(model, !noPropagate, !noBackoff, outsideWeight, rules, taggerKind(), neuralModel,
                neuralWeight);
    }

    private ArabicNer.TaggerKind taggerKind() {
        try {
            return ArabicNer.TaggerKind.valueOf(tagger.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), "--tagger must be crf, neural or mix, got '" + tagger + "'");
        }
    }
}
