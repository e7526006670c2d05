package org.arabicner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arabicner.ner.Mention;
import org.arabicner.table.Entity;
import org.arabicner.table.NameSource;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example article in {@code seeds/} through the whole pipeline with the shipped models. */
class SeedArticleTest {

    private static String text;
    private static ArticleEntities result;

    @BeforeAll
    static void annotate() throws IOException {
        Path seed = Path.of(System.getProperty("arner.home", "."), "seeds", "000_1b8f06fc3ce38c5b.txt");
        text = Files.readString(seed, StandardCharsets.UTF_8);
        result = SharedPipeline.get().annotate("000_1b8f06fc3ce38c5b", text);
    }

    private static Entity entity(String name) {
        return result.find(name).orElseThrow(() -> new AssertionError(name + " not in the table: "
                + result.entities().stream().map(e -> e.type() + " " + e.nameAr() + "/" + e.nameEn()).toList()));
    }

    @Test
    void everyMentionCutsItsTextFromTheOriginal() {
        for (Mention m : result.mentions()) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
            assertTrue(!m.text().isBlank() && !Character.isWhitespace(m.text().charAt(0)));
        }
    }

    @Test
    void placesAreLinkedWithTheirEnglishNames() {
        for (String[] p : List.of(new String[] {"الموصل", "Mosul"}, new String[] {"الرقة", "Raqqa"},
                new String[] {"العراق", "Iraq"}, new String[] {"سورية", "Syria"})) {
            Entity e = entity(p[0]);
            assertEquals(EntityType.LOC, e.type(), p[0]);
            assertEquals(p[1], e.nameEn(), p[0]);
            assertEquals(NameSource.KB, e.nameSource());
        }
    }

    @Test
    void raqqaIsFoundWithoutItsConjunction() {
        Entity raqqa = entity("Raqqa");
        assertTrue(raqqa.mentions().stream().anyMatch(m -> m.text().equals("الرقة")
                && text.startsWith("والرقة", m.start() - 1)), raqqa.mentions().toString());
    }

    @Test
    void unitedStatesIncludesTheGluedSpelling() {
        Entity us = entity("United States");
        assertEquals(EntityType.LOC, us.type());
        assertTrue(us.surfaceForms().contains("الولاياتالمتحدة"), us.surfaceForms().toString());
    }

    @Test
    void ryanDillonIsOnePersonWithHisTitle() {
        Entity dillon = entity("رايان ديلون");
        assertEquals(EntityType.PERS, dillon.type());
        assertEquals("رايان ديلون", dillon.nameAr());
        assertEquals(3, dillon.mentionCount(), dillon.mentions().toString());
        assertEquals(List.of("الكولونيل"), dillon.titles());
        assertEquals(NameSource.TRANSLITERATION, dillon.nameSource());
        assertEquals(1, result.entities().stream().filter(e -> e.nameAr().contains("ديلون")).count());
    }

    @Test
    void felixGedneyIsAPersonWithHisRank() {
        Entity gedney = entity("فيلكس جيدني");
        assertEquals(EntityType.PERS, gedney.type());
        assertEquals(List.of("الميجر جنرال"), gedney.titles());
    }

    @Test
    void theIslamicStateIsOneOrganisation() {
        Entity is = entity("داعش");
        assertEquals(EntityType.ORG, is.type());
        assertEquals("Islamic State", is.nameEn());
        assertTrue(is.mentionCount() >= 3, "every داعش of the article: " + is.mentions());
    }

    @Test
    void theIslamicStateIsOneRowWithBothNames() {
        List<Entity> isis = result.entities().stream().filter(e -> e.entityId().equals("Q2429253")).toList();
        assertEquals(1, isis.size(), result.entities().toString());
        List<String> forms = isis.get(0).surfaceForms();
        assertTrue(forms.contains("داعش") && forms.stream().anyMatch(f -> f.contains("الدولة الإسلامية")), forms.toString());
    }

    @Test
    void theCoalitionIsAnOrganisation() {
        Entity coalition = entity("التحالف الدولي");
        assertEquals(EntityType.ORG, coalition.type());
    }

    @Test
    void lamLamLeavesTheNameWithItsArticle() {
        assertTrue(result.entities().stream().flatMap(e -> e.surfaceForms().stream()).noneMatch(f -> f.equals("لعراق")),
                result.entities().toString());
    }
}
