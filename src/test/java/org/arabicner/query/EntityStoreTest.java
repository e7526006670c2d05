package org.arabicner.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.arabicner.store.CorpusFixture;
import org.arabicner.store.CorpusIndexer;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityStoreTest {

    @TempDir
    static Path tmp;
    static EntityStore store;

    @BeforeAll
    static void open() throws IOException {
        store = EntityStore.reindexAndOpen(CorpusFixture.copyTo(tmp.resolve("out")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String firstId(String name) {
        List<CorpusEntity> hits = store.find(name);
        assertFalse(hits.isEmpty(), "no hit for " + name);
        return hits.get(0).entityId();
    }

    @Test
    void openBuildsTheDatabaseWhenMissing() {
        assertTrue(Files.isRegularFile(tmp.resolve("out/corpus.duckdb")));
        StoreSummary s = store.summary();
        assertEquals(6, s.articles());
        assertEquals(1, s.failedArticles());
        assertEquals(15, s.corpusEntities());
        assertEquals(26, s.articleEntities());
        assertFalse(s.builtAt().isEmpty());
    }

    @Test
    void findsByEnglishAndArabicNameInAnySpelling() {
        assertEquals("KB0001", firstId("Mosul"));
        assertEquals("KB0001", firstId("mosul"));
        assertEquals("KB0001", firstId("الموصل"));
        assertEquals("KB0001", firstId("والموصل"));   // conjunction + article
        assertEquals("KB0001", firstId("بالموصل"));   // preposition + article
        assertEquals("KB0002", firstId("الرقّة"));    // shadda
        assertEquals("KB0002", firstId("للرقة"));     // ل + ال contracted
        assertEquals("KB0002", firstId("Raqqa"));
        assertEquals("KB0004", firstId("سوريا"));
        assertEquals("KB0004", firstId("سورية"));
        assertEquals("KB0004", firstId("Syria"));
        assertEquals("KB0003", firstId("Iraq"));
        assertEquals("KB0005", firstId("الدولة الاسلامية"));
        assertEquals("KB0005", firstId("الدولة الإسلاميّة"));
        assertEquals("KB0005", firstId("Islamic State"));
        assertEquals("KB0005", firstId("داعش"));       // surface form
        assertEquals("PERS:رايان ديلون", firstId("Ryan Dillon"));
        assertEquals("PERS:رايان ديلون", firstId("رايان ديلون"));
        assertEquals("PERS:رايان ديلون", firstId("Dillon"));  // later word
        assertEquals("PERS:ايمن الظواهري", firstId("ايمن الظواهرى")); // hamza, alef maksura
        assertEquals("PERS:حيدر العبادي", firstId("al-Abadi"));
        assertEquals("PERS:حيدر العبادي", firstId("Abadi"));
    }

    @Test
    void fallsBackToPrefixOnlyWithoutExactMatch() {
        List<CorpusEntity> ry = store.find("Rya");
        assertEquals(List.of("PERS:رايان ديلون"), ry.stream().map(CorpusEntity::entityId).toList());
        assertEquals("KB0007", firstId("دمش"));
        assertTrue(store.find("Xyzzy").isEmpty());
        assertTrue(store.find("  ").isEmpty());
    }

    @Test
    void mergesArticlesIntoCorpusEntities() {
        CorpusEntity mosul = store.entity("KB0001").orElseThrow();
        assertEquals(3, mosul.articles());
        assertEquals(4, mosul.mentions());
        assertEquals("Mosul", mosul.nameEn());
        assertEquals("الموصل", mosul.nameAr());
        assertEquals("kb", mosul.nameSource());
        CorpusEntity us = store.entity("KB0006").orElseThrow();
        assertEquals(EntityType.LOC, us.type());
        assertEquals(List.of(EntityType.LOC, EntityType.ORG), us.types());
        CorpusEntity syria = store.entity("KB0004").orElseThrow();
        assertEquals("سوريا", syria.nameAr());          // 2 articles against 1
        assertEquals(List.of("سوريا", "سورية"), syria.namesAr());
        CorpusEntity zawahiri = store.entity("PERS:ايمن الظواهري").orElseThrow();
        assertEquals(null, zawahiri.nameEn());
        assertEquals("أيمن الظواهري", zawahiri.displayName());
        assertTrue(store.entity("nope").isEmpty());
    }

    @Test
    void fluentQueryFiltersByTypeArticleAndCounts() {
        List<String> persons = store.entities().type(EntityType.PERS).list().stream()
                .map(CorpusEntity::entityId).toList();
        assertEquals(List.of("PERS:رايان ديلون", "PERS:بشار الاسد", "PERS:ايمن الظواهري", "PERS:حيدر العبادي"),
                persons);
        List<String> inA004 = store.entities().type(EntityType.PERS).inArticle("a004").minMentions(2).list()
                .stream().map(CorpusEntity::entityId).toList();
        assertEquals(List.of("PERS:ايمن الظواهري"), inA004);
        List<String> seedLocs = store.entities().inArticle("000_1b8f06fc3ce38c5b").type(EntityType.LOC).list()
                .stream().map(CorpusEntity::nameEn).toList();
        assertEquals(List.of("United States", "Iraq", "Syria", "Mosul", "Raqqa"), seedLocs);
        assertEquals(List.of("KB0001", "KB0004", "KB0005", "KB0006"), store.entities().minArticles(3).minMentions(4).list()
                .stream().map(CorpusEntity::entityId).sorted().toList());
    }

    @Test
    void topRanksByArticlesThenMentions() {
        List<CorpusEntity> top = store.top(EntityType.LOC, 3);
        assertEquals(List.of("KB0004", "KB0001", "KB0006"), top.stream().map(CorpusEntity::entityId).toList());
        assertEquals(3, store.top(null, 3).size());
        assertEquals("KB0004", store.top(null, 1).get(0).entityId()); // Syria: 3 articles, 6 mentions
    }

    @Test
    void listsTheArticlesMentioningAnEntity() {
        List<EntityOccurrence> dillon = store.articlesMentioning(store.find("Ryan Dillon").get(0));
        assertEquals(List.of("000_1b8f06fc3ce38c5b", "a004"), dillon.stream().map(EntityOccurrence::articleId).toList());
        EntityOccurrence seed = dillon.get(0);
        assertEquals("seeds/000_1b8f06fc3ce38c5b.txt", seed.source());
        assertEquals(2, seed.mentions());
        assertEquals(374, seed.firstStart());
        assertEquals(List.of("رايان ديلون", "ديلون"), seed.surfaceForms());
        assertEquals(List.of("الكولونيل", "المتحدث باسم \"التحالف\", الدولي"), seed.titles());
        assertEquals(List.of("a002"), store.articlesMentioning("KB0001", 1).stream()
                .map(EntityOccurrence::articleId).toList()); // Mosul: most mentions in a002
    }

    @Test
    void countsArticlesSharedWithAnEntity() {
        List<Cooccurrence> near = store.cooccurring(store.find("Ryan Dillon").get(0), 4);
        // Mosul, Islamic State and the United States are in both of Dillon's articles (ties
        // broken by entity id); the rest share one.
        assertEquals(List.of("KB0001", "KB0005", "KB0006"),
                near.subList(0, 3).stream().map(c -> c.entity().entityId()).toList());
        assertTrue(near.subList(0, 3).stream().allMatch(c -> c.sharedArticles() == 2));
        assertEquals(1, near.get(3).sharedArticles());
        assertEquals(4, near.size());
        List<Cooccurrence> all = store.cooccurring("PERS:رايان ديلون", 100);
        assertEquals(10, all.size()); // 8 others in the seed + Ramadan and al-Zawahiri from a004
        assertTrue(all.stream().noneMatch(c -> c.entity().entityId().equals("PERS:رايان ديلون")));
    }

    @Test
    void sqlReturnsPlainValues() {
        ResultTable t = store.sql("SELECT type, count(*) AS n, list(entity_id ORDER BY entity_id) AS ids"
                + " FROM entities WHERE type = ? GROUP BY type", "ORG");
        assertEquals(List.of("type", "n", "ids"), t.columns());
        assertEquals(1, t.size());
        assertEquals("ORG", t.get(0, "type"));
        assertEquals(3L, ((Number) t.get(0, "n")).longValue());
        assertEquals(List.of("KB0005", "ORG:البيشمركه", "ORG:تويتر"), t.get(0, "ids"));
        Map<String, Object> row = store.sql("SELECT status, error FROM articles WHERE article_id = 'a005'")
                .asMaps().get(0);
        assertEquals("error", row.get("status"));
        assertEquals("cannot decode in/a005.txt: not UTF-8, skipped", row.get("error"));
        assertEquals(3L, ((Number) store.sql("SELECT count(*) FROM mentions WHERE entity_id = 'KB0003'"
                + " AND \"end\" > start AND article_id = '000_1b8f06fc3ce38c5b'").rows().get(0).get(0)).longValue());
    }

    @Test
    void sqlCannotWriteAndReportsErrors() {
        StoreException e = assertThrows(StoreException.class, () -> store.sql("DELETE FROM entities"));
        assertTrue(e.getMessage().contains("corpus.duckdb"), e.getMessage());
        assertThrows(StoreException.class, () -> store.sql("SELECT * FROM no_such_table"));
        assertEquals(15, store.summary().corpusEntities());
    }

    @Test
    void answersFromManyThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String q = i % 2 == 0 ? "Mosul" : "والموصل";
                results.add(pool.submit(() -> store.find(q).get(0).entityId()
                        + store.cooccurring("KB0001", 1).size()));
            }
            for (Future<String> f : results) {
                assertEquals("KB00011", f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void reopenSeesARebuiltDatabase() throws IOException {
        Path out = CorpusFixture.copyTo(tmp.resolve("rebuilt"));
        CorpusIndexer.index(out);
        try (EntityStore before = EntityStore.open(out)) {
            Files.writeString(out.resolve("entities.csv"), Files.readString(out.resolve("entities.csv"))
                    + "a006,LOC:حلب,LOC,حلب,Aleppo,transliteration,,1,3,حلب,\n");
            CorpusIndexer.index(out);
            assertTrue(before.find("Aleppo").isEmpty(), "an open store keeps its snapshot");
            try (EntityStore after = EntityStore.open(out)) {
                assertEquals("LOC:حلب", after.find("حلب").get(0).entityId());
            }
        }
    }

    @Test
    void openingNeverBuildsAndAStaleStoreSaysToIndex() throws IOException {
        Path out = CorpusFixture.copyTo(tmp.resolve("unindexed"));
        StoreException missing = assertThrows(StoreException.class, () -> EntityStore.open(out));
        assertTrue(missing.getMessage().contains("./arner index " + out.toAbsolutePath().normalize()), missing.getMessage());
        assertFalse(Files.exists(out.resolve("corpus.duckdb")), "reading must not write the database");

        CorpusIndexer.index(out);
        Files.setLastModifiedTime(out.resolve("corpus.duckdb"), java.nio.file.attribute.FileTime.fromMillis(0));
        StoreException stale = assertThrows(StoreException.class, () -> EntityStore.open(out));
        assertTrue(stale.getMessage().contains("older than the CSVs"), stale.getMessage());
        try (EntityStore reindexed = EntityStore.reindexAndOpen(out)) {
            assertFalse(reindexed.find("Mosul").isEmpty());
        }
    }

    @Test
    void listColumnsAreLists() {
        ResultTable t = store.sql("SELECT names_ar, types FROM entities WHERE entity_id = 'KB0003'");
        assertTrue(t.get(0, "names_ar") instanceof List<?>, String.valueOf(t.get(0, "names_ar")));
        assertTrue(t.get(0, "types") instanceof List<?>, String.valueOf(t.get(0, "types")));
        Object forms = store.sql("SELECT surface_forms FROM article_entities LIMIT 1").get(0, "surface_forms");
        assertTrue(forms instanceof List<?>, String.valueOf(forms));
    }

    @Test
    void openFailsWithTheFixWhenThereIsNoCorpus() {
        StoreException e = assertThrows(StoreException.class, () -> EntityStore.open(tmp.resolve("none")));
        assertTrue(e.getMessage().contains("none"), e.getMessage());
    }
}
