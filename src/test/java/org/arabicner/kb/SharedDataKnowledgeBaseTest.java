package org.arabicner.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.arabicner.config.SharedData;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A full build from ../shared/data (skipped when the corpora are absent). */
class SharedDataKnowledgeBaseTest {

    @Test
    void fullBuildFromSharedData() throws IOException {
        Assumptions.assumeTrue(SharedData.find().isPresent(), SharedData.absentMessage());
        Path root = SharedData.find().orElseThrow();
        KnowledgeBaseBuilder b = new KnowledgeBaseBuilder()
                .readGeoNames(root.resolve(KnowledgeBaseBuilder.GEONAMES_FILE))
                .readCountries(root.resolve(KnowledgeBaseBuilder.COUNTRIES_FILE))
                .readCommonWords(root.resolve(KnowledgeBaseBuilder.STOPWORDS_FILE))
                .readDefaultCurated();
        List<KbEntry> entries = b.build();
        KnowledgeBaseBuilder.Stats s = b.stats(entries);
        assertTrue(s.geonamesRows() > 20_000, s.toString());
        assertTrue(s.geonamesCities() > 5_000, s.toString());
        assertTrue(s.countries() > 240, s.toString());
        assertTrue(s.curatedMergedIntoGeonames() > 100, "curated geonames links resolve: " + s);
        assertEquals(s.curatedRows() - s.curatedMergedIntoGeonames() - s.curatedMergedIntoCountries(),
                entries.stream().filter(e -> e.source() == KbSource.CURATED && e.geonamesId() == null).count(),
                "every curated row without a link stands alone, every link resolves");
        KnowledgeBase kb = KnowledgeBase.of(entries);
        assertEquals("Mosul", kb.link("الموصل", EntityType.LOC, Set.of()).orElseThrow().nameEn());
        // No Persian/Urdu/Kurdish letters survive in any Arabic name as written.
        for (KbEntry e : entries) {
            for (String name : e.namesAr()) {
                assertTrue(name.chars().noneMatch(c -> "پچژگکیۀےڈٹںھەڕۆێڵ".indexOf(c) >= 0), name);
            }
        }
    }
}
