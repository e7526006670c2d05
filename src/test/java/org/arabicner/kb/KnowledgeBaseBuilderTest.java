package org.arabicner.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder over small fixture files in the GeoNames and countries formats. */
class KnowledgeBaseBuilderTest {

    /** Small files in the GeoNames, countries and stop-word formats, written for these tests. */
    static final String GEONAMES_FIXTURE = "fixture-geonames.tsv";
    static final String COUNTRIES_FIXTURE = "fixture-country-names.json";
    static final String STOPWORDS_FIXTURE = "fixture-stopwords.txt";

    static Path fixture(String relative) {
        try {
            return Path.of(KnowledgeBaseBuilderTest.class.getResource("/org/arabicner/kb/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KnowledgeBaseBuilder fixtureBuilder() throws IOException {
        return new KnowledgeBaseBuilder()
                .readGeoNames(fixture(GEONAMES_FIXTURE))
                .readCountries(fixture(COUNTRIES_FIXTURE))
                .readCommonWords(fixture(STOPWORDS_FIXTURE))
                .readCurated(fixture("curated-fixture.tsv"));
    }

    private static Map<String, KbEntry> byId(List<KbEntry> entries) {
        return entries.stream().collect(Collectors.toMap(KbEntry::id, Function.identity()));
    }

    @Test
    void geoNamesKeepsArabicSpellingsOnly() throws IOException {
        KnowledgeBaseBuilder b = new KnowledgeBaseBuilder()
                .readGeoNames(fixture(GEONAMES_FIXTURE));
        assertEquals(List.of("أربيل"), b.city(9100002).namesAr(), "Persian, Kurdish, district, Latin-mixed out");
        assertEquals(List.of("لاهور"), b.city(9100003).namesAr(), "Urdu spellings out");
        assertEquals(List.of("تهران", "طهران"), b.city(9100004).namesAr(), "vocalised and Urdu out");
        assertEquals("القاهرة", b.city(9100005).nameAr(), "Arabic-looking spelling first");
        assertEquals(List.of("داريّا"), b.city(9100011).namesAr(), "shadda kept, vowelled spelling out");
        assertNull(b.city(9100008), "no Arabic spelling: not a gazetteer entry");
        assertNull(b.city(9100009), "only Pashto/Sindhi spellings");
        KbEntry raqqa = b.city(9100001);
        assertEquals("SY", raqqa.countryCode());
        assertEquals(EntityType.LOC, raqqa.type());
        assertEquals(KbSource.GEONAMES, raqqa.source());
        assertEquals(Long.valueOf(9100001), raqqa.geonamesId());
        assertTrue(raqqa.population() > 0);
    }

    @Test
    void countriesPreferTheShorterArabicName() throws IOException {
        Map<String, KbEntry> all = byId(new KnowledgeBaseBuilder()
                .readCountries(fixture(COUNTRIES_FIXTURE)).build());
        assertEquals(4, all.size(), "the country without an Arabic name is skipped");
        assertEquals(List.of("سوريا", "الجمهورية العربية السورية"), all.get("kb:country-sy").namesAr());
        assertEquals("أنغولا", all.get("kb:country-ao").nameAr(), "common/official swapped in the file");
        assertEquals(List.of("Syrian Arab Republic"), all.get("kb:country-sy").aliasesEn());
        assertEquals(KbSource.COUNTRY, all.get("kb:country-tn").source());
    }

    @Test
    void curatedRowsEnrichLinkedEntries() throws IOException {
        Map<String, KbEntry> all = byId(fixtureBuilder().build());
        KbEntry syria = all.get("Q858");
        assertNotNull(syria, "the QID becomes the id of the enriched country");
        assertEquals(List.of("سورية", "سوريا", "الجمهورية العربية السورية"), syria.namesAr());
        assertEquals(KbSource.COUNTRY, syria.source());
        assertEquals("Q858", syria.qid());

        KbEntry raqqa = all.get("geonames:9100001");
        assertEquals("Raqqa", raqqa.nameEn());
        assertEquals(KbSource.CURATED, raqqa.source());
        assertTrue(raqqa.aliasesEn().contains("Ar Raqqah"), "the GeoNames name stays an English alias");
        assertTrue(raqqa.population() > 0, "population kept from GeoNames");

        KbEntry cairo = all.get("Q85");
        assertEquals(List.of("القاهرة"), cairo.namesAr(), "-قاهره removed the Persian spelling");
        assertEquals(Long.valueOf(9100005), cairo.geonamesId());

        KbEntry springfield = all.get("geonames:9100008");
        assertEquals(List.of("سبرينغفيلد"), springfield.namesAr(), "curated Arabic for a place GeoNames has none for");
        assertEquals("US", springfield.countryCode());
        assertTrue(springfield.population() > 0);

        assertEquals(EntityType.PERS, all.get("kb:saladin").type());
        assertEquals("SY", all.get("kb:qamishli").countryCode());
        assertNull(all.get("kb:qamishli").geonamesId());

        assertNull(all.get("geonames:9100012"), "a removal-only row deletes a wrong gazetteer entry");
    }

    @Test
    void commonWordSpellingsAreDropped() throws IOException {
        KnowledgeBaseBuilder b = fixtureBuilder();
        Map<String, KbEntry> all = byId(b.build());
        assertEquals(List.of("بون"), all.get("geonames:9100013").namesAr(), "بن is a common word");
        assertEquals(1, b.stats(List.copyOf(all.values())).commonWordSpellingsDropped());
    }

    @Test
    void builtKnowledgeBaseLinks() throws IOException {
        KnowledgeBase kb = KnowledgeBase.of(fixtureBuilder().build());
        assertEquals("Q2429253", kb.link("داعش", EntityType.ORG, Set.of()).orElseThrow().id());
        assertEquals("Q2429253", kb.link("تنظيم الدولة الإسلامية", EntityType.ORG, Set.of()).orElseThrow().id());
        assertEquals("geonames:9100001", kb.link("بالرقة", EntityType.LOC, Set.of()).orElseThrow().id());
        assertEquals("geonames:9100007", kb.link("طرابلس", EntityType.LOC, Set.of("لبنان")).orElseThrow().id());
        assertEquals("geonames:9100006", kb.link("طرابلس", EntityType.LOC, Set.of()).orElseThrow().id());
        assertEquals("kb:country-tn", kb.link("تونس", EntityType.LOC, Set.of()).orElseThrow().id());
        assertEquals("kb:saladin", kb.link("صلاح الدين", EntityType.PERS, Set.of()).orElseThrow().id());
    }

    @Test
    void writesACompiledFileThatLoadsBack(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sub/kb.tsv.gz");
        KnowledgeBaseBuilder b = fixtureBuilder();
        KnowledgeBaseBuilder.Stats stats = b.write(out, List.of("fixture build"));
        KnowledgeBase kb = KnowledgeBase.load(out);
        assertEquals(stats.entries(), kb.size());
        assertEquals(stats.names(), kb.nameCount());
        assertEquals(13, stats.geonamesRows());
        assertEquals(11, stats.geonamesCities());
        assertEquals(4, stats.countries());
        assertEquals(9, stats.curatedRows());
        assertEquals(4, stats.curatedMergedIntoGeonames());
        assertEquals(1, stats.curatedMergedIntoCountries());
        assertEquals(b.build(), kb.entries());
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void badCuratedRowsFailWithTheLine() {
        assertThrows(IOException.class, () -> new KnowledgeBaseBuilder().readCurated(
                new BufferedReader(new StringReader("LOC\tX\t-س\n")), "t.tsv"), "removals need a link");
        IOException e = assertThrows(IOException.class, () -> new KnowledgeBaseBuilder().readCurated(
                new BufferedReader(new StringReader("# c\nLOC\tX\tس\tQ12x\n")), "t.tsv"));
        assertTrue(e.getMessage().startsWith("t.tsv:2:"), e.getMessage());
        assertThrows(IOException.class, () -> new KnowledgeBaseBuilder().readCurated(
                new BufferedReader(new StringReader("PLACE\tX\tس\n")), "t.tsv"));
        assertThrows(IOException.class, () -> new KnowledgeBaseBuilder().readCurated(
                new BufferedReader(new StringReader("LOC\tX\t\n")), "t.tsv"));
    }

    @Test
    void duplicateIdsAreRejected() throws IOException {
        KnowledgeBaseBuilder b = new KnowledgeBaseBuilder().readCurated(new BufferedReader(new StringReader(
                "ORG\tA\tأ\tQ5\nORG\tB\tب\tQ5\n")), "t.tsv");
        IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
        assertTrue(e.getMessage().contains("Q5"));
    }
}
