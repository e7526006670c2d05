package org.arabicner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.arabicner.config.SharedData;
import org.arabicner.text.NameRegion;
import org.arabicner.translit.NameReader;
import org.arabicner.translit.TransliterationEvaluation;
import org.arabicner.translit.Transliterator;
import org.arabicner.translit.TransliteratorTrainer.Pairs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code arner eval-translit}: top-1 / top-5 exact-match accuracy and character error rate of
 * a transliteration model on reference pairs (by default the ANETAC development pairs).
 */
@Command(name = "eval-translit", mixinStandardHelpOptions = true,
        description = "Evaluate the name transliterator on Arabic/English pairs.")
public final class EvalTranslitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pairs", paramLabel = "PREFIX",
            description = "reference pairs PREFIX.ar / PREFIX.en (default: shared anetac/translit-dev)")
    Path pairs;

    @Option(names = "--model", paramLabel = "FILE", description = "model file (default: the shipped model)")
    Path model;

    @Option(names = "--with-lexicon",
            description = "first reading from the name lexicon in front of the model, as the pipeline reads names")
    boolean withLexicon;

    @Override
    public Integer call() throws IOException {
        Path prefix = pairs != null ? pairs : SharedData.root().resolve("anetac/translit-dev");
        Path ar = prefix.resolveSibling(prefix.getFileName() + ".ar");
        Path en = prefix.resolveSibling(prefix.getFileName() + ".en");
        if (!Files.isRegularFile(ar) || !Files.isRegularFile(en)) {
            throw new ParameterException(spec.commandLine(), "missing " + ar + " or " + en
                    + ": put the shared corpora at ../shared/data or pass --pairs PREFIX");
        }
        if (model != null && !Files.isRegularFile(model)) {
            throw new ParameterException(spec.commandLine(), "missing model " + model + ": train one with train-translit");
        }
        Transliterator t = model != null ? Transliterator.load(model) : Transliterator.loadDefault();
        Pairs p = Pairs.read(ar, en);
        NameReader reader = withLexicon ? NameReader.of(t) : null;
        System.out.print(TransliterationEvaluation.evaluate(t,
                reader == null ? null : name -> reader.read(name, NameRegion.UNKNOWN).english(),
                p.arabic(), p.english()).report());
        return 0;
    }
}
