package org.arabicner.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.arabicner.text.ArabicNormalizer;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.Test;

/** The project's curated file parses, has no duplicate ids, and keeps to its rules. */
class CuratedFileTest {

    @Test
    void parsesWithUniqueIdsAndAllTypes() throws IOException {
        List<KbEntry> entries = new KnowledgeBaseBuilder().readDefaultCurated().build();
        assertTrue(entries.size() >= 300, "a few hundred curated entries, found " + entries.size());
        Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
        entries.forEach(e -> byType.merge(e.type(), 1, Integer::sum));
        assertTrue(byType.getOrDefault(EntityType.PERS, 0) >= 50, byType.toString());
        assertTrue(byType.getOrDefault(EntityType.ORG, 0) >= 100, byType.toString());
        assertTrue(byType.getOrDefault(EntityType.LOC, 0) >= 100, byType.toString());
    }

    @Test
    void seedArticlePeopleAreNotCurated() throws IOException {
        String text;
        try (InputStream in = KnowledgeBaseBuilder.class.getResourceAsStream(KnowledgeBaseBuilder.CURATED_RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String norm = ArabicNormalizer.normalize(text);
        for (String banned : List.of("ديلون", "جيدني", "Dillon", "Gedney")) {
            assertFalse(norm.contains(ArabicNormalizer.normalize(banned)), banned + " must not be curated");
        }
    }

    @Test
    void qidsAreWellFormedAndUnique() throws IOException {
        List<KbEntry> entries = new KnowledgeBaseBuilder().readDefaultCurated().build();
        List<String> qids = entries.stream().map(KbEntry::qid).filter(q -> q != null).toList();
        assertEquals(qids.size(), qids.stream().distinct().count());
        assertTrue(qids.stream().allMatch(q -> q.matches("Q[1-9][0-9]*")));
    }
}
