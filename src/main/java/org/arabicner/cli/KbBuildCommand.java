package org.arabicner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.arabicner.config.SharedData;
import org.arabicner.kb.KnowledgeBase;
import org.arabicner.kb.KnowledgeBaseBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code arner kb build}: compiles the knowledge base from the GeoNames cities and the countries
 * file of the shared data plus the project's curated file, into {@code models/kb.tsv.gz}.
 * One instance per run (picocli fills its fields); not shared between threads.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Compile the knowledge base (GeoNames cities with Arabic names, countries,"
                + " curated entities) into one gzip TSV file. Reads DIR/geonames/cities15000.txt,"
                + " DIR/countries/countries.json and, when present, DIR/stopwords/list.txt.")
public final class KbBuildCommand implements Callable<Integer> {

    /** Attribution written into the compiled file's header. */
    public static final List<String> ATTRIBUTION = List.of(
            "arabic-ner knowledge base, compiled by ./arner kb build",
            "Contains GeoNames data (cities15000, https://www.geonames.org/), CC BY 4.0",
            "Contains information from countries.json (shared data), made available under the ODbL 1.0:"
                    + " https://opendatacommons.org/licenses/odbl/1-0/",
            "Curated entities: written by the arabic-ner project (src/main/resources"
                    + KnowledgeBaseBuilder.CURATED_RESOURCE + "); QIDs refer to Wikidata (CC0)");

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Shared data root holding geonames/ and countries/ (default: ${DEFAULT-VALUE}).")
    Path data = SharedData.root();

    @Option(names = "--out", paramLabel = "FILE",
            description = "Compiled knowledge base to write (default: ${DEFAULT-VALUE}).")
    Path out = SharedData.underHome("models/" + KnowledgeBase.DEFAULT_FILE);

    @Option(names = "--curated", paramLabel = "FILE",
            description = "Curated entities file (default: the one shipped in the jar).")
    Path curated;

    @Override
    public Integer call() throws Exception {
        Path geonames = data.resolve(KnowledgeBaseBuilder.GEONAMES_FILE);
        Path countries = data.resolve(KnowledgeBaseBuilder.COUNTRIES_FILE);
        for (Path p : List.of(geonames, countries)) {
            if (!Files.isRegularFile(p)) {
                throw new ParameterException(spec.commandLine(), p + " not found: pass --data DIR"
                        + " pointing at the shared data (with geonames/ and countries/), or set ARNER_DATA");
            }
        }
        if (curated != null && !Files.isRegularFile(curated)) {
            throw new ParameterException(spec.commandLine(), curated
                    + " not found: pass --curated FILE with an existing curated TSV, or omit it");
        }
        KnowledgeBaseBuilder builder = new KnowledgeBaseBuilder().readGeoNames(geonames)
                .readCountries(countries);
        Path stopwords = data.resolve(KnowledgeBaseBuilder.STOPWORDS_FILE);
        if (Files.isRegularFile(stopwords)) {
            builder.readCommonWords(stopwords); // optional: drops gazetteer spellings like بن (Bonn)
        }
        builder.readDefaultCommonWords();
        if (curated != null) {
            builder.readCurated(curated);
        } else {
            builder.readDefaultCurated();
        }
        List<String> header = new java.util.ArrayList<>(ATTRIBUTION);
        header.add("built " + LocalDate.now(ZoneOffset.UTC));
        KnowledgeBaseBuilder.Stats s = builder.write(out, header);
        spec.commandLine().getOut().printf(
                "wrote %s: %d entries, %d distinct (name, type) pairs, %d bytes%n"
                        + "  GeoNames: %d rows, %d places with Arabic names (%d spellings kept,"
                        + " %d Arabic-script spellings rejected, %d common-word or short spellings"
                        + " dropped)%n"
                        + "  countries: %d; curated rows: %d (%d merged into GeoNames places,"
                        + " %d into countries)%n",
                out, s.entries(), s.names(), Files.size(out), s.geonamesRows(), s.geonamesCities(),
                s.arabicSpellingsKept(), s.arabicScriptRejected(), s.commonWordSpellingsDropped(),
                s.countries(), s.curatedRows(),
                s.curatedMergedIntoGeonames(), s.curatedMergedIntoCountries());
        return 0;
    }
}
