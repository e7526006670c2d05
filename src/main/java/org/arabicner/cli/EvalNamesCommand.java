package org.arabicner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.arabicner.DefaultModels;
import org.arabicner.eval.NameGold;
import org.arabicner.kb.KnowledgeBase;
import org.arabicner.resolve.EnglishNames;
import org.arabicner.text.EntityType;
import org.arabicner.translit.NameReader;
import org.arabicner.translit.Transliterator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code arner eval-names}: top-1 accuracy of the English names the product gives people, on the
 * project's names test set ({@code docs/eval/names-gold.tsv}). A reading is right when it equals
 * one accepted spelling ignoring case, accents, hyphens and apostrophes ({@link NameGold#matchKey}).
 * Prints the figures of the shipped system (knowledge base, name lexicon, model) and of the
 * learned model alone, overall and by origin, region and source.
 */
@Command(name = "eval-names", mixinStandardHelpOptions = true,
        description = "Score English names of people against the names test set.")
public final class EvalNamesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE",
            description = "the names test set (default: docs/eval/names-gold.tsv of the project)")
    Path gold;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "dev",
            description = "dev, test or all (default: ${DEFAULT-VALUE}); tune on dev only")
    String split;

    @Option(names = "--errors", description = "list the names read wrong (dev split only)")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        if (!List.of("dev", "test", "all").contains(split)) {
            throw new ParameterException(spec.commandLine(), "--split must be dev, test or all, got '" + split + "'");
        }
        if (errors && !split.equals("dev")) {
            throw new ParameterException(spec.commandLine(),
                    "--errors lists misses of the dev split only: the test split is for reporting");
        }
        Path file = gold != null ? gold : Path.of(System.getProperty("arner.home", ".")).resolve("docs/eval/names-gold.tsv");
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(),
                    "missing " + file + ": pass --gold FILE (the project's is docs/eval/names-gold.tsv)");
        }
        List<NameGold.Row> rows = new ArrayList<>();
        for (NameGold.Row r : NameGold.read(file)) {
            if (split.equals("all") || r.split().equals(split)) {
                rows.add(r);
            }
        }
        Transliterator model = Transliterator.loadDefault();
        EnglishNames names = new EnglishNames(DefaultModels.lookup(KnowledgeBase.loadDefault()), NameReader.of(model));
        Map<NameGold.Row, EnglishNames.Named> shipped = new LinkedHashMap<>();
        for (NameGold.Row r : rows) {
            shipped.put(r, names.name(r.nameAr(), EntityType.PERS, r.articleRegion()));
        }
        Function<NameGold.Row, String> modelOnly = r -> model.best(r.nameAr());
        // what the product gave before the name lexicon: the knowledge base, else the model
        Function<NameGold.Row, String> before = r -> shipped.get(r).source().equals("kb")
                ? shipped.get(r).english() : model.best(r.nameAr());
        Function<NameGold.Row, String> now = r -> shipped.get(r).english();

        System.out.printf("names test set %s, split %s: %d names%n%n", file.getFileName(), split, rows.size());
        System.out.println("| names | n | top-1 | before (KB, else model) | model alone |");
        System.out.println("|---|---|---|---|---|");
        List<Function<NameGold.Row, String>> systems = List.of(now, before, modelOnly);
        line("all", rows, systems);
        for (String origin : List.of("arabic", "foreign")) {
            line("origin " + origin, filter(rows, r -> r.origin().equals(origin)), systems);
        }
        for (String region : List.of("maghreb", "mashriq", "other")) {
            line("region " + region, filter(rows, r -> r.region().equals(region)), systems);
        }
        for (String source : List.of("kb", "list", "model")) {
            line("read from " + source, filter(rows, r -> shipped.get(r).source().equals(source)), systems);
        }
        if (errors) {
            System.out.println();
            for (NameGold.Row r : rows) {
                EnglishNames.Named n = shipped.get(r);
                if (!r.accepts(n.english())) {
                    System.out.println(r.nameAr() + "\t" + n.english() + "\t[" + n.source() + "]\texpected "
                            + String.join(" | ", r.accepted()));
                }
            }
        }
        return 0;
    }

    private static List<NameGold.Row> filter(List<NameGold.Row> rows, java.util.function.Predicate<NameGold.Row> p) {
        return rows.stream().filter(p).toList();
    }

    private static void line(String label, List<NameGold.Row> rows, List<Function<NameGold.Row, String>> systems) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder("| " + label + " | " + rows.size() + " |");
        for (Function<NameGold.Row, String> s : systems) {
            b.append(String.format(" %.3f |", top1(rows, s)));
        }
        System.out.println(b);
    }

    static double top1(List<NameGold.Row> rows, Function<NameGold.Row, String> reading) {
        int right = 0;
        for (NameGold.Row r : rows) {
            if (r.accepts(reading.apply(r))) {
                right++;
            }
        }
        return rows.isEmpty() ? 0 : (double) right / rows.size();
    }
}
