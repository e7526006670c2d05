package org.arabicner.kb;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.arabicner.text.EntityType;
import org.arabicner.text.Names;

/**
 * Compiles the knowledge base from GeoNames cities, the countries file and the project's curated
 * file ({@link #CURATED_RESOURCE}); the runtime side is {@link KnowledgeBase}.
 *
 * <p>Curated rows may name a GeoNames city ({@code geonames:<id>}) or a country
 * ({@code iso:<alpha-2>}) in their {@code link} column: they then enrich that entry (English
 * name, preferred Arabic spellings and aliases, QID) instead of adding a new one.
 *
 * <p>Use: {@code new KnowledgeBaseBuilder().readGeoNames(..).readCountries(..).readDefaultCurated()},
 * then {@link #build()} or {@link #write}. Not thread-safe: one builder per build.
 */
public final class KnowledgeBaseBuilder {

    /** The curated file inside the jar (source: src/main/resources). */
    public static final String CURATED_RESOURCE = "/org/arabicner/kb/curated.tsv";
    /** The project's list of common words that are never a gazetteer spelling. */
    public static final String COMMON_WORDS_RESOURCE = "/org/arabicner/kb/common-words.txt";
    /** GeoNames file under the shared data root. */
    public static final String GEONAMES_FILE = "geonames/cities15000.txt";
    /** Countries file under the shared data root. */
    public static final String COUNTRIES_FILE = "countries/countries.json";
    /** Stop-word list under the shared data root (optional input). */
    public static final String STOPWORDS_FILE = "stopwords/list.txt";
    /** GeoNames spellings shorter than this (in letters, normalised) are too ambiguous to keep. */
    private static final int MIN_GAZETTEER_KEY = 3;

    private static final int CURATED_COLUMNS = 7;

    private final Map<Long, KbEntry> cities = new LinkedHashMap<>();
    /** Every GeoNames row, Arabic names or not, so curated rows can link to any of them. */
    private final Map<Long, GeoRow> geoRows = new HashMap<>();
    private final Map<String, KbEntry> countries = new LinkedHashMap<>();
    private final List<CuratedRow> curated = new ArrayList<>();
    /** Compact keys of common words; GeoNames spellings equal to one are dropped. */
    private final Set<String> commonWords = new HashSet<>();
    private int commonWordSpellingsDropped;
    private int geonamesRows;
    private int arabicSpellingsKept;
    private int arabicScriptRejected;

    /** Counts of one build, for the report and the compiled file's header. */
    public record Stats(int geonamesRows, int geonamesCities, int arabicSpellingsKept,
                        int arabicScriptRejected, int commonWordSpellingsDropped, int countries,
                        int curatedRows,
                        int curatedMergedIntoGeonames, int curatedMergedIntoCountries,
                        int entries, int names) {
    }

    private record GeoRow(String name, String asciiName, long population, String countryCode) {
    }

    private record CuratedRow(String origin, int line, EntityType type, String nameEn,
                              List<String> namesAr, String qid, String link, String country,
                              List<String> aliasesEn) {
    }

    /**
     * Reads a GeoNames dump in the tab-separated format of {@code cities15000.txt} and keeps every
     * place that has at least one Arabic spelling (see {@link ArabicSpellings}).
     */
    public KnowledgeBaseBuilder readGeoNames(Path file) throws IOException {
        return readGeoNames(file, null);
    }

    /**
     * {@link #readGeoNames(Path)} restricted to the places of some countries (ISO alpha-2 codes;
     * null = all): a larger dump's small places count only where Arabic is their own language,
     * since elsewhere their Arabic spellings are mostly namesakes (a Carthage in Mississippi
     * spelled قرطاج).
     */
    public KnowledgeBaseBuilder readGeoNames(Path file, Set<String> countries) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (countries != null && (f.length < 9 || !countries.contains(f[8].trim()))) {
                    continue;
                }
                if (f.length < 15) {
                    throw new IOException(file + ":" + lineNo + ": expected the 19 tab-separated"
                            + " GeoNames columns, found " + f.length);
                }
                geonamesRows++;
                List<String> arabic = ArabicSpellings.fromAlternateNames(f[3]);
                for (String n : f[3].split(",")) {
                    if (hasArabicScript(n) && !arabic.contains(ArabicSpellings.tidy(n))) {
                        arabicScriptRejected++;
                    }
                }
                long id;
                long population;
                try {
                    id = Long.parseLong(f[0].trim());
                    population = f[14].isBlank() ? 0 : Long.parseLong(f[14].trim());
                } catch (NumberFormatException e) {
                    throw new IOException(file + ":" + lineNo + ": bad GeoNames id or population", e);
                }
                List<String> aliases = f[2].isBlank() || f[2].equals(f[1]) ? List.of() : List.of(f[2]);
                String cc = f[8].isBlank() ? null : f[8].trim().toUpperCase(Locale.ROOT);
                geoRows.put(id, new GeoRow(f[1], f[2], Math.max(0, population), cc));
                if (arabic.isEmpty()) {
                    continue;
                }
                arabicSpellingsKept += arabic.size();
                cities.put(id, new KbEntry("geonames:" + id, EntityType.LOC, f[1], arabic, null, id,
                        Math.max(0, population), cc, KbSource.GEONAMES, aliases));
            }
        }
        return this;
    }

    /**
     * Reads a list of common words, one a line (the shared {@code stopwords/list.txt}). GeoNames
     * spellings that are such a word, with or without the article, are dropped at {@link #build()}:
     * GeoNames gives بن for Bonn and الخبر ("the news") for Khobar. Curated names are never dropped.
     */
    public KnowledgeBaseBuilder readCommonWords(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String key = Names.arabicKey(line);
            if (!key.isEmpty()) {
                commonWords.add(key);
            }
        }
        return this;
    }

    /**
     * Reads a countries file in the format of {@code countries.json} (an array of objects with
     * {@code name.common}, {@code name.official}, {@code cca2} and {@code translations.ara}).
     */
    public KnowledgeBaseBuilder readCountries(Path file) throws IOException {
        JsonElement root;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = JsonParser.parseReader(r);
        } catch (JsonParseException e) {
            throw new IOException(file + ": not valid JSON: " + e.getMessage(), e);
        }
        if (!root.isJsonArray()) {
            throw new IOException(file + ": expected a JSON array of countries");
        }
        JsonArray array = root.getAsJsonArray();
        for (JsonElement el : array) {
            JsonObject c = el.getAsJsonObject();
            String cca2 = string(c, "cca2");
            JsonObject name = c.getAsJsonObject("name");
            JsonObject translations = c.getAsJsonObject("translations");
            JsonObject ara = translations == null ? null : translations.getAsJsonObject("ara");
            if (cca2 == null || name == null || ara == null) {
                continue; // a country without an Arabic name is of no use here
            }
            String common = cleanCountryName(string(ara, "common"));
            String official = cleanCountryName(string(ara, "official"));
            // The shorter name is the everyday one (the file swaps them for a few countries).
            List<String> arabic = new ArrayList<>();
            if (common != null) {
                arabic.add(common);
            }
            if (official != null && !official.equals(common)) {
                if (common == null || official.length() < common.length()) {
                    arabic.add(0, official);
                } else {
                    arabic.add(official);
                }
            }
            if (arabic.isEmpty()) {
                continue;
            }
            String nameEn = string(name, "common");
            List<String> aliases = new ArrayList<>();
            String officialEn = string(name, "official");
            if (officialEn != null && !officialEn.equals(nameEn)) {
                aliases.add(officialEn);
            }
            String code = cca2.toUpperCase(Locale.ROOT);
            countries.put(code, new KbEntry("kb:country-" + code.toLowerCase(Locale.ROOT),
                    EntityType.LOC, nameEn == null ? code : nameEn, arabic, null, null, 0, code,
                    KbSource.COUNTRY, aliases));
        }
        return this;
    }

    /**
     * Reads the project's own list of common words that GeoNames gives as place names
     * ({@link #COMMON_WORDS_RESOURCE}: الثورة "the revolution" for Tabqa), like {@link #readCommonWords}.
     */
    public KnowledgeBaseBuilder readDefaultCommonWords() throws IOException {
        try (InputStream in = KnowledgeBaseBuilder.class.getResourceAsStream(COMMON_WORDS_RESOURCE)) {
            if (in == null) {
                throw new IOException(COMMON_WORDS_RESOURCE + " missing from the classpath (it lives in src/main/resources"
                        + COMMON_WORDS_RESOURCE + ")");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String key = line.startsWith("#") ? "" : Names.arabicKey(line);
                if (!key.isEmpty()) {
                    commonWords.add(key);
                }
            }
        }
        return this;
    }

    /** Reads the curated file shipped with the project ({@link #CURATED_RESOURCE}). */
    public KnowledgeBaseBuilder readDefaultCurated() throws IOException {
        InputStream in = KnowledgeBaseBuilder.class.getResourceAsStream(CURATED_RESOURCE);
        if (in == null) {
            throw new IOException("curated file " + CURATED_RESOURCE + " missing from the classpath"
                    + " (it lives in src/main/resources" + CURATED_RESOURCE + ")");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return readCurated(r, "classpath:" + CURATED_RESOURCE);
        }
    }

    /** Reads a curated file from disk. */
    public KnowledgeBaseBuilder readCurated(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readCurated(r, file.toString());
        }
    }

    /**
     * Reads curated rows: {@code type name_en names_ar qid link country aliases_en}, tab-separated,
     * lists joined with {@code |}, trailing empty columns may be left out, {@code #} starts a
     * comment line.
     */
    public KnowledgeBaseBuilder readCurated(BufferedReader in, String origin) throws IOException {
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] raw = line.split("\t", -1);
            if (raw.length < 3 || raw.length > CURATED_COLUMNS) {
                throw new IOException(origin + ":" + lineNo + ": expected 3 to " + CURATED_COLUMNS
                        + " tab-separated columns (type, name_en, names_ar, qid, link, country,"
                        + " aliases_en), found " + raw.length);
            }
            String[] f = new String[CURATED_COLUMNS];
            for (int i = 0; i < CURATED_COLUMNS; i++) {
                f[i] = i < raw.length ? raw[i].trim() : "";
            }
            try {
                EntityType type = EntityType.parse(f[0]);
                List<String> names = KbTsv.splitList(f[2]);
                if (f[1].isEmpty() || names.isEmpty()) {
                    throw new IllegalArgumentException("English name and Arabic names are required");
                }
                if (positiveNames(names).isEmpty() && f[4].isEmpty()) {
                    throw new IllegalArgumentException("a row of removals only (-name) needs a link");
                }
                if (!f[3].isEmpty() && !f[3].matches("Q[1-9][0-9]*")) {
                    throw new IllegalArgumentException("QID '" + f[3] + "' is not of the form Q123");
                }
                if (!f[4].isEmpty() && !f[4].matches("geonames:[0-9]+|iso:[A-Za-z]{2}")) {
                    throw new IllegalArgumentException("link '" + f[4]
                            + "' is neither geonames:<id> nor iso:<alpha-2>");
                }
                if (!f[5].isEmpty() && !f[5].matches("[A-Za-z]{2}")) {
                    throw new IllegalArgumentException("country '" + f[5] + "' is not an alpha-2 code");
                }
                curated.add(new CuratedRow(origin, lineNo, type, f[1], names, emptyToNull(f[3]),
                        emptyToNull(f[4]), f[5].isEmpty() ? null : f[5].toUpperCase(Locale.ROOT),
                        KbTsv.splitList(f[6])));
            } catch (IllegalArgumentException e) {
                throw new IOException(origin + ":" + lineNo + ": " + e.getMessage(), e);
            }
        }
        return this;
    }

    /**
     * Merges the sources into the final entries: countries (by code), curated entries (in file
     * order), then GeoNames cities by decreasing population.
     *
     * @throws IllegalStateException when two entries end up with the same id
     */
    public List<KbEntry> build() {
        Map<String, KbEntry> byCountry = new LinkedHashMap<>(countries);
        Map<Long, KbEntry> byCity = new LinkedHashMap<>();
        commonWordSpellingsDropped = 0;
        cities.forEach((gid, city) -> {
            KbEntry kept = withoutAmbiguousSpellings(city);
            if (kept != null) {
                byCity.put(gid, kept);
            }
        });
        List<KbEntry> standalone = new ArrayList<>();
        for (CuratedRow row : curated) {
            String link = row.link();
            if (link != null && link.startsWith("iso:")) {
                String code = link.substring(4).toUpperCase(Locale.ROOT);
                KbEntry base = byCountry.get(code);
                if (base != null) {
                    putOrRemove(byCountry, code, merge(base, row));
                    continue;
                }
            } else if (link != null && link.startsWith("geonames:")) {
                long gid = Long.parseLong(link.substring("geonames:".length()));
                KbEntry base = byCity.get(gid);
                GeoRow geo = geoRows.get(gid);
                boolean addsNames = !positiveNames(row.namesAr()).isEmpty();
                if (base == null && cities.containsKey(gid) && addsNames) {
                    base = cities.get(gid); // every GeoNames spelling was ambiguous; the row decides
                    base = new KbEntry(base.id(), base.type(), base.nameEn(), positiveNames(row.namesAr()),
                            null, gid, base.population(), base.countryCode(), KbSource.GEONAMES,
                            base.aliasesEn());
                } else if (base == null && geo != null && addsNames) {
                    // A place GeoNames knows without an Arabic spelling: the curated names supply it.
                    List<String> aliases = geo.asciiName().isBlank() || geo.asciiName().equals(geo.name())
                            ? List.of() : List.of(geo.asciiName());
                    base = new KbEntry("geonames:" + gid, EntityType.LOC, geo.name(),
                            positiveNames(row.namesAr()), null, gid, geo.population(),
                            geo.countryCode(), KbSource.GEONAMES, aliases);
                }
                if (base != null) {
                    putOrRemove(byCity, gid, merge(base, row));
                    continue;
                }
            }
            if (!positiveNames(row.namesAr()).isEmpty()) {
                standalone.add(standaloneEntry(row));
            }
        }
        List<KbEntry> cityEntries = new ArrayList<>(byCity.values());
        cityEntries.sort(Comparator.comparingLong(KbEntry::population).reversed()
                .thenComparing(KbEntry::id));
        // Curated rows merged into a city come before plain cities, like the standalone ones.
        List<KbEntry> out = new ArrayList<>(byCountry.values());
        out.addAll(standalone);
        cityEntries.stream().filter(e -> e.source() == KbSource.CURATED).forEach(out::add);
        cityEntries.stream().filter(e -> e.source() != KbSource.CURATED).forEach(out::add);
        Set<String> ids = new HashSet<>();
        for (KbEntry e : out) {
            if (!ids.add(e.id())) {
                throw new IllegalStateException("two knowledge-base entries share the id " + e.id()
                        + ": give one curated row a different QID or link");
            }
        }
        return out;
    }

    /** Counts of the sources read so far and of {@code built} (the result of {@link #build()}). */
    public Stats stats(List<KbEntry> built) {
        int mergedCities = 0;
        int mergedCountries = 0;
        for (CuratedRow row : curated) {
            String link = row.link();
            if (link == null) {
                continue;
            }
            if (link.startsWith("iso:") && countries.containsKey(link.substring(4).toUpperCase(Locale.ROOT))) {
                mergedCountries++;
            } else if (link.startsWith("geonames:")
                    && geoRows.containsKey(Long.parseLong(link.substring("geonames:".length())))) {
                mergedCities++;
            }
        }
        return new Stats(geonamesRows, cities.size(), arabicSpellingsKept, arabicScriptRejected,
                commonWordSpellingsDropped, countries.size(), curated.size(), mergedCities, mergedCountries, built.size(),
                KnowledgeBase.of(built).nameCount());
    }

    /**
     * Builds and writes the compiled knowledge base, gzip-compressed, with attribution and counts
     * in its header; returns the counts.
     */
    public Stats write(Path out, List<String> attribution) throws IOException {
        List<KbEntry> built = build();
        Stats stats = stats(built);
        List<String> header = new ArrayList<>(attribution);
        header.add("entries " + stats.entries() + ", distinct (name, type) pairs " + stats.names()
                + "; GeoNames rows " + stats.geonamesRows() + " (with Arabic names "
                + stats.geonamesCities() + "), countries " + stats.countries()
                + ", curated rows " + stats.curatedRows());
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp);
             OutputStream gz = out.toString().endsWith(".gz") ? new GZIPOutputStream(os, 1 << 16) : os;
             Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
            KbTsv.write(header, built, w);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return stats;
    }

    /** Puts {@code entry}, or removes the key when a curated row removed every name (null). */
    private static <K> void putOrRemove(Map<K, KbEntry> map, K key, KbEntry entry) {
        if (entry == null) {
            map.remove(key);
        } else {
            map.put(key, entry);
        }
    }

    /**
     * {@code city} without spellings that are common words or shorter than
     * {@value #MIN_GAZETTEER_KEY} letters; null when none is left.
     */
    private KbEntry withoutAmbiguousSpellings(KbEntry city) {
        List<String> kept = new ArrayList<>(city.namesAr().size());
        for (String name : city.namesAr()) {
            String key = Names.arabicKey(name);
            String bare = Names.withoutArticle(key);
            if (key.length() < MIN_GAZETTEER_KEY || commonWords.contains(key) || commonWords.contains(bare)) {
                commonWordSpellingsDropped++;
            } else {
                kept.add(name);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        return kept.size() == city.namesAr().size() ? city
                : new KbEntry(city.id(), city.type(), city.nameEn(), kept, city.qid(), city.geonamesId(),
                        city.population(), city.countryCode(), city.source(), city.aliasesEn());
    }

    /**
     * Curated names win and come first; a curated name written {@code -name} removes a wrong
     * spelling the source gave (GeoNames lists المدينة, "the city", for Medina). Returns null when
     * no name is left: a row of removals only deletes a wrong gazetteer entry.
     */
    private static KbEntry merge(KbEntry base, CuratedRow row) {
        Set<String> names = new LinkedHashSet<>(positiveNames(row.namesAr()));
        names.addAll(base.namesAr());
        for (String n : row.namesAr()) {
            if (n.startsWith("-")) {
                names.remove(n.substring(1).strip());
            }
        }
        Set<String> aliases = new LinkedHashSet<>(row.aliasesEn());
        if (!base.nameEn().equals(row.nameEn())) {
            aliases.add(base.nameEn());
        }
        aliases.addAll(base.aliasesEn());
        aliases.remove(row.nameEn());
        String id = row.qid() != null ? row.qid() : base.id();
        KbSource source = base.source() == KbSource.COUNTRY ? KbSource.COUNTRY : KbSource.CURATED;
        if (names.isEmpty()) {
            return null;
        }
        return new KbEntry(id, row.type(), row.nameEn(), List.copyOf(names),
                row.qid() != null ? row.qid() : base.qid(), base.geonamesId(), base.population(),
                row.country() != null ? row.country() : base.countryCode(), source,
                List.copyOf(aliases));
    }

    private static KbEntry standaloneEntry(CuratedRow row) {
        Long gid = null;
        String country = row.country();
        String id;
        if (row.link() != null && row.link().startsWith("geonames:")) {
            gid = Long.valueOf(row.link().substring("geonames:".length()));
        }
        if (row.link() != null && row.link().startsWith("iso:") && country == null) {
            country = row.link().substring(4).toUpperCase(Locale.ROOT);
        }
        if (row.qid() != null) {
            id = row.qid();
        } else if (gid != null) {
            id = "geonames:" + gid;
        } else if (row.link() != null && row.link().startsWith("iso:")) {
            id = "kb:country-" + row.link().substring(4).toLowerCase(Locale.ROOT);
        } else {
            id = "kb:" + slug(row.nameEn());
        }
        KbSource source = row.link() != null && row.link().startsWith("iso:")
                ? KbSource.COUNTRY : KbSource.CURATED;
        return new KbEntry(id, row.type(), row.nameEn(), positiveNames(row.namesAr()), row.qid(),
                gid, 0, country, source, row.aliasesEn());
    }

    /** Curated names without the {@code -name} removals. */
    private static List<String> positiveNames(List<String> names) {
        return names.stream().filter(n -> !n.startsWith("-")).toList();
    }

    static String slug(String english) {
        String s = java.text.Normalizer.normalize(english, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "entity" : s;
    }

    /** Removes a parenthesised note: جمهورية الصين (تايوان) -> جمهورية الصين. */
    private static String cleanCountryName(String s) {
        if (s == null) {
            return null;
        }
        String c = s.replaceAll("\\([^)]*\\)", " ").replace('|', ' ').replaceAll("\\s+", " ").strip();
        return c.isEmpty() ? null : c;
    }

    private static boolean hasArabicScript(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')) {
                return true;
            }
        }
        return false;
    }

    private static String string(JsonObject o, String member) {
        JsonElement e = o.get(member);
        return e == null || e.isJsonNull() ? null : e.getAsString().strip();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The GeoNames entry read for an id, or null (lets tests check the spelling filter). */
    KbEntry city(long geonamesId) {
        return cities.get(geonamesId);
    }
}
