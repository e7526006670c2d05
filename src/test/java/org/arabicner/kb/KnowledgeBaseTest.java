package org.arabicner.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lookup and linking rules over a small knowledge base built in code. */
class KnowledgeBaseTest {

    private static KbEntry place(String id, String en, long population, String cc, KbSource source,
                                 String... ar) {
        return new KbEntry(id, EntityType.LOC, en, List.of(ar), null, null, population, cc, source, List.of());
    }

    private static KbEntry entity(String id, EntityType type, String en, String cc, String... ar) {
        return new KbEntry(id, type, en, List.of(ar), id.startsWith("Q") ? id : null, null, 0, cc,
                KbSource.CURATED, List.of());
    }

    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            place("kb:country-sy", "Syria", 0, "SY", KbSource.COUNTRY, "سوريا", "سورية"),
            place("kb:country-lb", "Lebanon", 0, "LB", KbSource.COUNTRY, "لبنان"),
            place("kb:country-tn", "Tunisia", 0, "TN", KbSource.COUNTRY, "تونس"),
            place("kb:country-us", "United States", 0, "US", KbSource.COUNTRY, "الولايات المتحدة", "أمريكا"),
            place("kb:country-iq", "Iraq", 0, "IQ", KbSource.COUNTRY, "العراق"),
            place("geonames:1", "Raqqa", 200_000, "SY", KbSource.CURATED, "الرقة"),
            place("geonames:2", "Tripoli", 1_100_000, "LY", KbSource.GEONAMES, "طرابلس"),
            place("geonames:3", "Tripoli (Lebanon)", 230_000, "LB", KbSource.CURATED, "طرابلس"),
            place("geonames:4", "Tunis", 700_000, "TN", KbSource.GEONAMES, "تونس"),
            place("geonames:5", "Alexandria", 3_800_000, "EG", KbSource.CURATED, "الإسكندرية"),
            place("geonames:6", "Small Alexandria", 20_000, "XX", KbSource.GEONAMES, "الإسكندرية"),
            place("geonames:7", "Hilla", 300_000, "IQ", KbSource.GEONAMES, "الحلة"),
            place("kb:hilla", "Hilla (curated)", 300_000, "IQ", KbSource.CURATED, "الحلة"),
            entity("Q2429253", EntityType.ORG, "Islamic State", null,
                    "داعش", "تنظيم الدولة الإسلامية", "الدولة الإسلامية"),
            entity("kb:saladin", EntityType.PERS, "Saladin", null, "صلاح الدين الأيوبي", "صلاح الدين"),
            entity("kb:saladin-governorate", EntityType.LOC, "Saladin Governorate", "IQ",
                    "محافظة صلاح الدين", "صلاح الدين"),
            entity("kb:al-jazeera", EntityType.ORG, "Al Jazeera", "QA", "الجزيرة"),
            entity("kb:twitter", EntityType.ORG, "Twitter", "US", "تويتر"),
            place("geonames:8", "Washington", 700_000, "US", KbSource.CURATED, "واشنطن"),
            entity("kb:abbas", EntityType.PERS, "Mahmoud Abbas", "PS", "محمود عباس", "عباس"),
            place("geonames:9", "Abbas Town", 50_000, "IR", KbSource.GEONAMES, "عباس")));

    private static String linked(String name, EntityType type, String... context) {
        return KB.link(name, type, Set.of(context)).map(KbEntry::id).orElse("-");
    }

    @Test
    void normalisedSpellingsMatch() {
        assertEquals("geonames:5", linked("الاسكندريه", EntityType.LOC), "hamza and teh marbuta folded");
        assertEquals("kb:country-sy", linked("سوريا", EntityType.LOC));
        assertEquals("kb:country-sy", linked("سورية", EntityType.LOC));
        assertEquals("Q2429253", linked("الدولة الاسلامية", EntityType.ORG));
    }

    @Test
    void gluedSpellingMatchesSpacedName() {
        assertEquals("kb:country-us", linked("الولاياتالمتحدة", EntityType.LOC));
        assertEquals("kb:country-us", linked("الولايات  المتحدة", EntityType.LOC));
        assertEquals("kb:country-us", linked("بالولاياتالمتحدة", EntityType.LOC));
    }

    @Test
    void articleAndProcliticForms() {
        for (String form : List.of("الرقة", "الرقه", "والرقة", "بالرقة", "للرقة", "فالرقة", "رقة")) {
            assertEquals("geonames:1", linked(form, EntityType.LOC), form);
        }
        assertEquals("kb:country-iq", linked("والعراق", EntityType.LOC));
        assertEquals("kb:country-iq", linked("عراق", EntityType.LOC));
        assertEquals("kb:country-us", linked("وأمريكا", EntityType.LOC));
    }

    @Test
    void exactReadingBeatsStrippedReading() {
        // "وليد"-like case: the word as written wins over a stripped reading.
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                entity("kb:walid", EntityType.PERS, "Walid", null, "وليد"),
                entity("kb:lid", EntityType.PERS, "Lid", null, "ليد")));
        assertEquals("kb:walid", kb.link("وليد", EntityType.PERS, Set.of()).orElseThrow().id());
        assertEquals(List.of("kb:walid", "kb:lid"), kb.candidates("وليد").stream().map(KbEntry::id).toList());
    }

    @Test
    void aliasesJoinOneEntity() {
        String a = linked("داعش", EntityType.ORG);
        assertEquals("Q2429253", a);
        assertEquals(a, linked("تنظيم الدولة الإسلامية", EntityType.ORG));
        assertEquals(a, linked("الدولة الإسلامية", EntityType.ORG));
        assertEquals(a, linked("وداعش", EntityType.ORG));
        assertEquals(a, linked("تنظيم «الدولة الإسلامية»", EntityType.ORG), "quotes inside the mention");
        assertEquals(a, linked("«داعش»", EntityType.ORG));
    }

    @Test
    void typeAgreementIsPreferred() {
        assertEquals("kb:saladin", linked("صلاح الدين", EntityType.PERS));
        assertEquals("kb:saladin-governorate", linked("صلاح الدين", EntityType.LOC));
        assertEquals("kb:abbas", linked("عباس", EntityType.PERS));
        assertEquals("geonames:9", linked("عباس", EntityType.LOC));
    }

    @Test
    void incompatibleTypesStayUnlinked() {
        assertEquals("-", linked("طرابلس", EntityType.PERS), "a person is not linked to a city");
        assertEquals("-", linked("داعش", EntityType.PERS));
        assertEquals("-", linked("الجزيرة", EntityType.LOC), "a place name is not linked to a channel");
        assertEquals("-", linked("رايان ديلون", EntityType.PERS), "no entry, no link");
        assertEquals("-", linked("", EntityType.LOC));
    }

    @Test
    void acceptedMetonymy() {
        assertEquals("geonames:8", linked("واشنطن", EntityType.ORG), "Washington for the government");
        assertEquals("kb:country-lb", linked("لبنان", EntityType.ORG), "a country for its government");
        assertEquals("-", linked("عباس", EntityType.ORG), "not any gazetteer town");
        assertEquals("kb:twitter", linked("تويتر", EntityType.MISC), "platforms are tagged MISC or ORG");
        assertEquals("kb:al-jazeera", linked("الجزيرة", EntityType.ORG));
        assertTrue(KB.link("صلاح الدين", null, Set.of()).isPresent(), "unknown type still links");
    }

    @Test
    void contextResolvesAmbiguity() {
        assertEquals("geonames:2", linked("طرابلس", EntityType.LOC), "larger city without context");
        assertEquals("geonames:3", linked("طرابلس", EntityType.LOC, "لبنان"));
        assertEquals("geonames:3", linked("طرابلس", EntityType.LOC, "وبيروت", "لبنان"));
        assertEquals("geonames:3", linked("طرابلس", EntityType.LOC, "kb:country-lb"), "context by id");
        assertEquals("geonames:2", linked("طرابلس", EntityType.LOC, "طرابلس"),
                "the mention itself in the context decides nothing");
        // Mahmoud Abbas named in full elsewhere: a bare عباس of unknown type is the person.
        assertEquals("kb:abbas", linked("عباس", null, "محمود عباس"));
        assertEquals("geonames:9", linked("عباس", null), "without context the place wins on population");
    }

    @Test
    void countryBeatsCityOfTheSameName() {
        assertEquals("kb:country-tn", linked("تونس", EntityType.LOC));
        assertEquals("kb:country-tn", linked("تونس", EntityType.LOC, "تونس"));
    }

    @Test
    void populationThenCuratedBreakTies() {
        assertEquals("geonames:5", linked("الإسكندرية", EntityType.LOC));
        assertEquals("kb:hilla", linked("الحلة", EntityType.LOC), "same population: curated first");
    }

    @Test
    void englishLookup() {
        assertEquals(List.of("geonames:1"), KB.byEnglishName("raqqa").stream().map(KbEntry::id).toList());
        assertEquals("kb:country-us", KB.byEnglishName("The United-States").get(0).id());
        assertEquals(List.of("geonames:2"), KB.byEnglishName("tripoli").stream().map(KbEntry::id).toList());
        assertTrue(KB.byEnglishName("Atlantis").isEmpty());
    }

    @Test
    void gazetteerViewListsEachNameOnce() {
        Map<String, List<EntityType>> names = new HashMap<>();
        KB.forEachName((n, t) -> names.computeIfAbsent(n, k -> new ArrayList<>()).add(t));
        assertEquals(List.of(EntityType.LOC), names.get("طرابلس"), "two Tripolis, one (name, LOC) pair");
        assertEquals(2, names.get("صلاح الدين").size(), "a person and a province");
        assertTrue(names.containsKey("الاسكندريه"), "names are normalised");
        assertTrue(names.containsKey("الولايات المتحده"), "spaces kept for token matching");
        assertEquals(KB.nameCount(), names.values().stream().mapToInt(List::size).sum());
    }

    @Test
    void roundTripThroughTheCompiledFormat(@TempDir Path dir) throws Exception {
        StringWriter w = new StringWriter();
        KbTsv.write(List.of("test header"), KB.entries(), w);
        List<KbEntry> back = KbTsv.read(new BufferedReader(new StringReader(w.toString())), "test");
        assertEquals(KB.entries(), back);
        Path plain = dir.resolve("kb.tsv");
        Files.writeString(plain, w.toString());
        KnowledgeBase loaded = KnowledgeBase.load(plain);
        assertEquals(KB.size(), loaded.size());
        assertEquals(Optional.of("Raqqa"), loaded.byId("geonames:1").map(KbEntry::nameEn));
    }
}
