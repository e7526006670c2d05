package org.arabicner.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;
import org.arabicner.text.EntityType;
import org.arabicner.text.Names;

/**
 * The compiled knowledge base at run time: lookup of Arabic names (normalised, with or without
 * the definite article and proclitics) and English names, and linking of NER mentions.
 *
 * <p>Built by {@link KnowledgeBaseBuilder} ({@code ./arner kb build}); loaded from the jar with
 * {@link #loadDefault()} or from a file with {@link #load(Path)}.
 *
 * <p>Immutable and thread-safe: every index is built in the constructor and never changed.
 */
public final class KnowledgeBase {

    /** File name of the compiled knowledge base in {@code models/}. */
    public static final String DEFAULT_FILE = "kb.tsv.gz";
    /** Classpath location of the compiled knowledge base inside the jar. */
    public static final String DEFAULT_RESOURCE = "/org/arabicner/models/" + DEFAULT_FILE;

    private static final Comparator<Ranked> BEST_FIRST = Comparator
            .comparingInt(Ranked::compatibility).reversed()
            .thenComparingInt(Ranked::tier)
            .thenComparing(Comparator.comparingInt(Ranked::contextScore).reversed())
            .thenComparing(r -> r.entry().source() == KbSource.COUNTRY ? 0 : 1)
            .thenComparing(Comparator.comparingLong((Ranked r) -> r.entry().population()).reversed())
            .thenComparing(r -> r.entry().source())
            .thenComparing(r -> r.entry().id());

    private final List<KbEntry> entries;
    private final Map<String, KbEntry> byId;
    /** compact key of a name as listed -> entries. */
    private final Map<String, List<KbEntry>> exact;
    /** compact key of a listed name without its article -> entries (only where that differs). */
    private final Map<String, List<KbEntry>> bare;
    private final Map<String, List<KbEntry>> english;
    private final Map<String, KbEntry> countries;
    private final int nameCount;

    private KnowledgeBase(Collection<KbEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, KbEntry> ids = new HashMap<>();
        Map<String, List<KbEntry>> ex = new HashMap<>();
        Map<String, List<KbEntry>> ba = new HashMap<>();
        Map<String, List<KbEntry>> en = new HashMap<>();
        Map<String, KbEntry> ctry = new HashMap<>();
        Set<String> distinctNames = new HashSet<>();
        for (KbEntry e : this.entries) {
            if (ids.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate knowledge-base id " + e.id());
            }
            for (String name : e.namesAr()) {
                String norm = Names.arabicWords(name);
                String key = norm.replace(" ", "");
                if (key.isEmpty()) {
                    continue;
                }
                distinctNames.add(norm + '\t' + e.type());
                addOnce(ex, key, e);
                String bareKey = Names.withoutArticle(norm).replace(" ", "");
                if (!bareKey.equals(key)) {
                    addOnce(ba, bareKey, e);
                }
            }
            addOnce(en, Names.englishKey(e.nameEn()), e);
            for (String alias : e.aliasesEn()) {
                addOnce(en, Names.englishKey(alias), e);
            }
            if (e.source() == KbSource.COUNTRY && e.countryCode() != null) {
                ctry.putIfAbsent(e.countryCode(), e);
            }
        }
        this.byId = Map.copyOf(ids);
        this.exact = freeze(ex);
        this.bare = freeze(ba);
        this.english = freeze(en);
        this.countries = Map.copyOf(ctry);
        this.nameCount = distinctNames.size();
    }

    /** A knowledge base over the given entries (ids must be unique). */
    public static KnowledgeBase of(Collection<KbEntry> entries) {
        return new KnowledgeBase(entries);
    }

    /** Loads the compiled knowledge base shipped in the jar ({@link #DEFAULT_RESOURCE}). */
    public static KnowledgeBase loadDefault() {
        InputStream in = KnowledgeBase.class.getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("knowledge base " + DEFAULT_RESOURCE
                    + " not on the classpath: build it with ./arner kb build (writes models/"
                    + DEFAULT_FILE + ") and rebuild the jar");
        }
        try (in) {
            return read(in, "classpath:" + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a compiled knowledge base (gzip-compressed, or plain text when not ending in .gz). */
    public static KnowledgeBase load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("knowledge base file " + file
                    + " not found: build it with ./arner kb build --out " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    private static KnowledgeBase read(InputStream raw, String origin) throws IOException {
        InputStream in = origin.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new KnowledgeBase(KbTsv.read(r, origin));
        }
    }

    /** Number of entities. */
    public int size() {
        return entries.size();
    }

    /** Number of distinct (normalised Arabic name, type) pairs. */
    public int nameCount() {
        return nameCount;
    }

    /** Every entry, in file order. */
    public List<KbEntry> entries() {
        return entries;
    }

    public Optional<KbEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The country with this ISO 3166-1 alpha-2 code. */
    public Optional<KbEntry> country(String iso2) {
        return iso2 == null ? Optional.empty()
                : Optional.ofNullable(countries.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /**
     * Entries whose English name or English alias matches {@code name}, ignoring case, accents,
     * punctuation and a leading "the"; countries and curated entries first, then by population.
     */
    public List<KbEntry> byEnglishName(String name) {
        List<KbEntry> hits = new ArrayList<>(english.getOrDefault(Names.englishKey(name), List.of()));
        hits.sort(Comparator.comparing(KbEntry::source)
                .thenComparing(Comparator.comparingLong(KbEntry::population).reversed())
                .thenComparing(KbEntry::id));
        return hits;
    }

    /**
     * Every entry an Arabic name may refer to: the name as written, glued or spaced, with or
     * without its article, and after stripping proclitics from its first word (و ف ب ل ك, لل).
     * Closer readings first, then countries, population and curated entries.
     */
    public List<KbEntry> candidates(String arabicName) {
        return rank(arabicName, null, Set.of()).stream().map(Ranked::entry).toList();
    }

    /**
     * The entry a mention refers to, or empty when nothing fits.
     *
     * <p>Candidates must agree with the NER type, with two exceptions of lower rank: an ORG mention
     * may link to a country or curated place (metonymy, "Washington said"), and ORG and MISC accept each other (media
     * and brands are tagged either way). A PERS mention never links to a place or organisation,
     * nor the reverse, and a LOC mention never links to an organisation. Among the rest, the best is the one
     * with the closest reading, then the one the context supports, then a country, the larger
     * population, and curated before gazetteer entries.
     *
     * @param arabicName  the mention as written in the article
     * @param nerType     the NER class of the mention, or null when unknown (any type fits)
     * @param contextKeys other names of the article (any spelling; normalised here) or knowledge-base
     *                    ids already linked in it; a candidate gains when the context names it by
     *                    another alias or names its country
     */
    public Optional<KbEntry> link(String arabicName, EntityType nerType, Set<String> contextKeys) {
        List<Ranked> ranked = rank(arabicName, nerType, contextKeys == null ? Set.of() : contextKeys);
        if (ranked.isEmpty() || ranked.get(0).compatibility() == 0) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(0).entry());
    }

    /**
     * The entry a name unambiguously spells, whatever type the NER stage gave it: the name as
     * written (or without its article) is exactly one name of one country or curated entry, and of
     * no other entry. The NER model sometimes gives a famous name the wrong type (داعش as a person,
     * تويتر as a person); such a name still refers to its entry. Gazetteer places are left out:
     * their names are too often people's names too.
     */
    public Optional<KbEntry> linkUnambiguous(String arabicName) {
        String k = Names.arabicKey(arabicName);
        if (k.length() < 3) {
            return Optional.empty();
        }
        String bareKey = Names.arabicKey(Names.withoutArticle(Names.arabicWords(arabicName)));
        Set<KbEntry> exact = new HashSet<>();
        for (KbEntry e : candidates(arabicName)) {
            for (String name : e.namesAr()) {
                String nk = Names.arabicKey(name);
                if (nk.equals(k) || nk.equals(bareKey)) {
                    exact.add(e);
                }
            }
        }
        if (exact.size() != 1) {
            return Optional.empty();
        }
        KbEntry only = exact.iterator().next();
        return only.source() == KbSource.GEONAMES ? Optional.empty() : Optional.of(only);
    }

    /**
     * Names of well-known entities for dictionary back-off in NER, as {@link Names#arabicKey} keys
     * with their types: every name of countries and curated entries, and of gazetteer places of at
     * least {@code minPopulation} people; names of fewer than three letters, and names given to
     * entries of different types, are left out.
     */
    public Map<String, EntityType> wellKnownNames(long minPopulation) {
        Map<String, EntityType> out = new HashMap<>();
        Set<String> clash = new HashSet<>();
        for (KbEntry e : entries) {
            if (e.source() == KbSource.GEONAMES && e.population() < minPopulation) {
                continue;
            }
            for (String name : e.namesAr()) {
                String k = Names.arabicKey(name);
                if (k.length() < 3) {
                    continue;
                }
                EntityType before = out.putIfAbsent(k, e.type());
                if (before != null && before != e.type()) {
                    clash.add(k);
                }
            }
        }
        out.keySet().removeAll(clash);
        return out;
    }

    /**
     * Calls {@code sink} once for every distinct (normalised Arabic name, type) pair: the
     * gazetteer view for NER features. Names are {@link Names#arabicWords}, so they can be
     * matched token by token.
     */
    public void forEachName(BiConsumer<String, EntityType> sink) {
        Set<String> seen = new HashSet<>();
        for (KbEntry e : entries) {
            for (String name : e.namesAr()) {
                String norm = Names.arabicWords(name);
                if (!norm.isEmpty() && seen.add(norm + '\t' + e.type())) {
                    sink.accept(norm, e.type());
                }
            }
        }
    }

    private record Ranked(KbEntry entry, int tier, int compatibility, int contextScore) {
    }

    private List<Ranked> rank(String arabicName, EntityType nerType, Set<String> contextKeys) {
        Map<KbEntry, Integer> tiers = lookup(arabicName);
        if (tiers.isEmpty()) {
            return List.of();
        }
        Context context = contextKeys.isEmpty() ? Context.NONE : context(contextKeys, tiers.keySet());
        List<Ranked> out = new ArrayList<>(tiers.size());
        tiers.forEach((e, tier) -> out.add(new Ranked(e, tier, compatibility(nerType, e),
                context.score(e))));
        out.sort(BEST_FIRST);
        return out;
    }

    /** Entries found for a name, each with its best tier (0 = the name as written). */
    private Map<KbEntry, Integer> lookup(String arabicName) {
        Map<KbEntry, Integer> tiers = new LinkedHashMap<>();
        List<String> keys = Names.readingKeys(arabicName);
        for (int i = 0; i < keys.size(); i++) {
            for (KbEntry e : exact.getOrDefault(keys.get(i), List.of())) {
                tiers.putIfAbsent(e, 2 * i);
            }
            for (KbEntry e : bare.getOrDefault(keys.get(i), List.of())) {
                tiers.putIfAbsent(e, 2 * i + 1);
            }
        }
        return tiers;
    }

    /** 2 when the types agree, 1 for accepted metonymy (see {@link #link}), 0 when the entry does not fit. */
    static int compatibility(EntityType mention, KbEntry candidate) {
        EntityType entry = candidate.type();
        if (mention == null) {
            return 1;
        }
        if (mention == entry) {
            return 2;
        }
        // An ORG mention may name a country or a well-known city for its government ("Washington
        // said"), not any town of the gazetteer. A LOC mention naming an organisation is rarer
        // than a place sharing its name (الجزيرة), so it stays out.
        boolean locOrg = mention == EntityType.ORG && entry == EntityType.LOC
                && candidate.source() != KbSource.GEONAMES;
        boolean orgMisc = (mention == EntityType.MISC && entry == EntityType.ORG)
                || (mention == EntityType.ORG && entry == EntityType.MISC);
        return locOrg || orgMisc ? 1 : 0;
    }

    /** What the rest of the article says: entries it names and countries it names. */
    private record Context(Set<KbEntry> named, Set<String> countryCodes) {
        static final Context NONE = new Context(Set.of(), Set.of());

        int score(KbEntry e) {
            int s = 0;
            if (named.contains(e)) {
                s += 2;
            }
            if (e.countryCode() != null && countryCodes.contains(e.countryCode())) {
                s += 1;
            }
            return s;
        }
    }

    /**
     * Resolves the context keys. Keys that are the mention itself (any of the candidates' own
     * lookups) would support every candidate equally, so they only count through countries.
     */
    private Context context(Set<String> contextKeys, Set<KbEntry> candidates) {
        Set<KbEntry> named = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (String k : contextKeys) {
            if (k == null || k.isBlank()) {
                continue;
            }
            KbEntry direct = byId.get(k.trim());
            Collection<KbEntry> hits = direct != null ? List.of(direct) : closestHits(k);
            if (hits.isEmpty()) {
                continue;
            }
            boolean ambiguousWithMention = hits.stream().filter(candidates::contains).count() > 1;
            Set<String> hitCodes = new HashSet<>();
            for (KbEntry h : hits) {
                if (!ambiguousWithMention) {
                    named.add(h);
                }
                if (h.source() == KbSource.COUNTRY) {
                    codes.add(h.countryCode());
                }
                if (h.countryCode() != null) {
                    hitCodes.add(h.countryCode());
                }
            }
            if (hitCodes.size() == 1) {
                codes.addAll(hitCodes); // an unambiguous place or organisation tells its country
            }
        }
        return new Context(named, codes);
    }

    /** The entries of the closest tier found for a context name. */
    private List<KbEntry> closestHits(String name) {
        Map<KbEntry, Integer> tiers = lookup(name);
        int best = tiers.values().stream().mapToInt(Integer::intValue).min().orElse(-1);
        return tiers.entrySet().stream().filter(t -> t.getValue() == best).map(Map.Entry::getKey)
                .toList();
    }

    private static void addOnce(Map<String, List<KbEntry>> map, String key, KbEntry e) {
        List<KbEntry> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    private static Map<String, List<KbEntry>> freeze(Map<String, List<KbEntry>> map) {
        Map<String, List<KbEntry>> out = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }
}
