package org.arabicner.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.arabicner.DefaultModels;
import org.arabicner.kb.KnowledgeBase;
import org.arabicner.resolve.EnglishNames;
import org.arabicner.text.EntityType;
import org.arabicner.text.NameRegion;
import org.arabicner.translit.NameReader;
import org.arabicner.translit.Transliterator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code arner translit [--top K] [--explain] [--region R] [--type T]}: reads one Arabic name per
 * line on standard input (UTF-8) and prints its English name per line (UTF-8), as the pipeline
 * would give it: the knowledge base's when the name is an entry's, else the name lexicon's
 * spellings part by part, else the learned model's. With {@code --top K}, up to K readings
 * separated by tabs, best first (the first as above, then the model's). With {@code --explain},
 * each line is followed by a tab and where the reading came from: {@code kb <id>}, or each part
 * with its source ({@code عمر=Omar list; غشام=Ghasham model}). A blank input line gives a
 * blank output line.
 */
@Command(name = "translit", mixinStandardHelpOptions = true,
        description = "Transliterate Arabic names (one per line on stdin) into English.")
public final class TranslitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--top", paramLabel = "K", defaultValue = "1",
            description = "print up to K readings per name, tab-separated (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--explain", description = "say where each reading came from (kb, list, model)")
    boolean explain;

    @Option(names = "--region", paramLabel = "R", defaultValue = "unknown",
            description = "maghreb (French-influenced spellings), mashriq or unknown (the name's shape decides; default)")
    String region;

    @Option(names = "--type", paramLabel = "T", defaultValue = "PERS",
            description = "entity type for the knowledge-base lookup: PERS, LOC, ORG or MISC (default: ${DEFAULT-VALUE})")
    String type;

    @Option(names = "--model-only", description = "the learned model alone, without knowledge base and name lexicon")
    boolean modelOnly;

    @Option(names = "--model", paramLabel = "FILE", description = "model file (default: the shipped model)")
    Path model;

    @Override
    public Integer call() throws IOException {
        if (top < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be at least 1, got " + top);
        }
        NameRegion nameRegion;
        EntityType entityType;
        try {
            nameRegion = NameRegion.valueOf(region.toUpperCase(Locale.ROOT));
            entityType = EntityType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--region must be maghreb, mashriq or unknown and --type"
                    + " PERS, LOC, ORG or MISC; got --region " + region + " --type " + type);
        }
        if (model != null && !Files.isRegularFile(model)) {
            throw new ParameterException(spec.commandLine(), "missing model " + model + ": train one with train-translit or leave out --model");
        }
        Transliterator t = model != null ? Transliterator.load(model) : Transliterator.loadDefault();
        EnglishNames names = modelOnly ? null
                : new EnglishNames(DefaultModels.lookup(KnowledgeBase.loadDefault()), NameReader.of(t));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                out.println();
                continue;
            }
            List<String> readings = new ArrayList<>();
            String why;
            if (names == null) {
                readings.addAll(t.transliterate(line, top));
                why = "model";
            } else {
                EnglishNames.Named n = names.name(line, entityType, nameRegion);
                readings.add(n.english());
                why = explanation(n);
                for (String r : t.transliterate(line, top)) {
                    if (readings.size() < top && !readings.contains(r)) {
                        readings.add(r);
                    }
                }
            }
            out.println(String.join("\t", readings) + (explain ? "\t" + why : ""));
        }
        out.flush();
        return 0;
    }

    static String explanation(EnglishNames.Named n) {
        if (n.source().equals("kb")) {
            return "kb " + n.kbId();
        }
        List<String> parts = new ArrayList<>();
        for (NameReader.Part p : n.parts()) {
            parts.add(p.arabic() + "=" + p.english() + " " + p.source().label());
        }
        return String.join("; ", parts) + (n.region() == NameRegion.MAGHREB ? " (Maghreb spelling)" : "");
    }

}
