package org.arabicner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.arabicner.config.SharedData;
import org.arabicner.translit.TransliterationEvaluation;
import org.arabicner.translit.Transliterator;
import org.arabicner.translit.TransliteratorTrainer;
import org.arabicner.translit.TransliteratorTrainer.Pairs;
import org.arabicner.translit.TransliteratorTrainer.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code arner train-translit}: trains the name transliterator on ANETAC pairs, tunes its
 * reranking weights on the development pairs, writes the model and prints its dev scores.
 */
@Command(name = "train-translit", mixinStandardHelpOptions = true,
        description = "Train the Arabic-to-English name transliterator (ANETAC pairs).")
public final class TrainTranslitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--train", paramLabel = "PREFIX",
            description = "training pairs PREFIX.ar / PREFIX.en (default: shared anetac/translit-train)")
    Path train;

    @Option(names = "--dev", paramLabel = "PREFIX",
            description = "tuning pairs PREFIX.ar / PREFIX.en (default: shared anetac/translit-dev)")
    Path dev;

    @Option(names = "--names", paramLabel = "TSV",
            description = "English name list, name<TAB>count per line (see models/README.md)")
    Path names;

    @Option(names = "--out", paramLabel = "FILE",
            description = "model to write (default: ${DEFAULT-VALUE}, under the project home)")
    Path out = SharedData.underHome("models/" + Transliterator.MODEL_FILE);

    @Option(names = "--joint-order", defaultValue = "5", description = "joint n-gram order (default: ${DEFAULT-VALUE})")
    int jointOrder;

    @Option(names = "--english-order", defaultValue = "6", description = "English character n-gram order (default: ${DEFAULT-VALUE})")
    int englishOrder;

    @Option(names = "--max-arabic-chunk", defaultValue = "2", description = "longest Arabic chunk of the alignment (default: ${DEFAULT-VALUE})")
    int maxSource;

    @Option(names = "--max-english-chunk", defaultValue = "3", description = "longest English chunk per Arabic chunk (default: ${DEFAULT-VALUE})")
    int maxTarget;

    @Option(names = "--em-iterations", defaultValue = "8", description = "EM iterations of the aligner (default: ${DEFAULT-VALUE})")
    int emIterations;

    @Option(names = "--min-count", defaultValue = "2",
            description = "drop n-grams of order >= 3 seen fewer times (default: ${DEFAULT-VALUE})")
    int minCount;

    @Option(names = "--min-name-count", defaultValue = "5",
            description = "ignore name-list entries with a lower count (default: ${DEFAULT-VALUE})")
    int minNameCount;

    @Option(names = "--lm-min-name-count", defaultValue = "1000",
            description = "name-list entries with at least this count also train the English"
                    + " character model (default: ${DEFAULT-VALUE})")
    int minLanguageModelNameCount;

    @Option(names = "--realign-passes", defaultValue = "0",
            description = "re-segmentations of the pairs with the joint model (default: ${DEFAULT-VALUE})")
    int realignPasses;

    @Override
    public Integer call() throws IOException {
        Path trainPrefix = train != null ? train : SharedData.root().resolve("anetac/translit-train");
        Path devPrefix = dev != null ? dev : SharedData.root().resolve("anetac/translit-dev");
        for (Path p : new Path[] {withExtension(trainPrefix, "ar"), withExtension(trainPrefix, "en"),
                withExtension(devPrefix, "ar"), withExtension(devPrefix, "en")}) {
            if (!Files.isRegularFile(p)) {
                throw new ParameterException(spec.commandLine(), "missing " + p
                        + ": put the shared corpora at ../shared/data or pass --train/--dev PREFIX");
            }
        }
        if (names != null && !Files.isRegularFile(names)) {
            throw new ParameterException(spec.commandLine(), "missing name list " + names
                    + ": make it with src/main/scripts/translit-names.sh or leave out --names");
        }
        Settings settings = new Settings(jointOrder, englishOrder, maxSource, maxTarget, emIterations,
                minCount, minNameCount, minLanguageModelNameCount, realignPasses);
        TransliteratorTrainer trainer = new TransliteratorTrainer(settings, System.out);
        Pairs trainPairs = Pairs.read(withExtension(trainPrefix, "ar"), withExtension(trainPrefix, "en"));
        Pairs devPairs = Pairs.read(withExtension(devPrefix, "ar"), withExtension(devPrefix, "en"));
        Map<String, Integer> nameCounts = names != null ? TransliteratorTrainer.readNameCounts(names) : Map.of();
        Transliterator model = trainer.train(trainPairs, nameCounts);
        model = trainer.tuned(model, devPairs);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        model.save(out);
        System.out.println("wrote " + out.toAbsolutePath() + " (" + Files.size(out) + " bytes)");
        System.out.print(TransliterationEvaluation.evaluate(model, devPairs.arabic(), devPairs.english()).report());
        return 0;
    }

    private static Path withExtension(Path prefix, String ext) {
        return prefix.resolveSibling(prefix.getFileName() + "." + ext);
    }
}
