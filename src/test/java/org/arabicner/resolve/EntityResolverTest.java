package org.arabicner.resolve;

import static org.arabicner.testing.Texts.annotate;
import static org.arabicner.testing.Texts.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arabicner.ner.Mention;
import org.arabicner.table.Entity;
import org.arabicner.table.EntityTable;
import org.arabicner.table.NameSource;
import org.arabicner.text.EntityType;
import org.arabicner.text.Names;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    private static final EntityType PERS = EntityType.PERS;
    private static final EntityType LOC = EntityType.LOC;
    private static final EntityType ORG = EntityType.ORG;

    /** A knowledge base of a few names, keyed by compact normalised name. */
    private static final KbLookup KB = (name, type, context) -> {
        Map<String, KbLookup.KbMatch> entries = Map.of(
                Names.arabicKey("داعش"), new KbLookup.KbMatch("Q2429253", ORG, "Islamic State"),
                Names.arabicKey("الدولة الإسلامية"), new KbLookup.KbMatch("Q2429253", ORG, "Islamic State"),
                Names.arabicKey("الولايات المتحدة"), new KbLookup.KbMatch("Q30", LOC, "United States"),
                Names.arabicKey("الموصل"), new KbLookup.KbMatch("Q83400", LOC, "Mosul"));
        return Optional.ofNullable(entries.get(Names.arabicKey(name)));
    };

    private final EntityResolver resolver = new EntityResolver(Titles.standard(), KB,
            (name, region) -> "Translit(" + name + ")");

    private EntityTable resolve(String text, Mention... mentions) {
        return resolver.resolve("a", annotate(text), List.of(mentions));
    }

    @Test
    void titleSomeWordsBeforeTheNameIsRecorded() {
        String t = "وقال الكولونيل في الجيش الأميركي رايان ديلون على تويتر.";
        Entity e = resolve(t, mention(t, "رايان ديلون", 0, PERS)).entities().get(0);
        assertEquals(List.of("الكولونيل"), e.titles());
        assertEquals("رايان ديلون", e.nameAr());
    }

    @Test
    void titleInsideTheMentionIsStrippedFromTheName() {
        String t = "وقال الميجر جنرال فيلكس جيدني إن التحالف باق.";
        Entity e = resolve(t, mention(t, "الميجر جنرال فيلكس جيدني", 0, PERS)).entities().get(0);
        assertEquals("فيلكس جيدني", e.nameAr());
        assertEquals(List.of("الميجر جنرال"), e.titles());
        assertEquals("فيلكس جيدني", e.mentions().get(0).span().cut(t));
    }

    @Test
    void aBareTitleIsNotAnEntity() {
        String t = "وقال الرئيس إن الوضع صعب.";
        assertTrue(resolve(t, mention(t, "الرئيس", 0, PERS)).entities().isEmpty());
    }

    @Test
    void titleBeforeAnotherPersonIsNotTaken() {
        String t = "التقى الرئيس أحمد محمود مع سعيد.";
        EntityTable table = resolve(t, mention(t, "أحمد محمود", 0, PERS), mention(t, "سعيد", 0, PERS));
        assertEquals(List.of("الرئيس"), table.find("أحمد محمود").orElseThrow().titles());
        assertEquals(List.of(), table.find("سعيد").orElseThrow().titles());
    }

    @Test
    void laterPartialNameJoinsTheFullName() {
        String t = "قال رايان ديلون إن. وكانت تغريدة ديلون جزءا. قال ديلون إن بلاده.";
        EntityTable table = resolve(t, mention(t, "رايان ديلون", 0, PERS), mention(t, "ديلون", 1, PERS),
                mention(t, "ديلون", 2, PERS));
        assertEquals(1, table.entities().size());
        Entity e = table.entities().get(0);
        assertEquals(3, e.mentionCount());
        assertEquals(List.of("رايان ديلون", "ديلون"), e.surfaceForms());
        assertEquals("Translit(رايان ديلون)", e.nameEn());
        assertEquals(NameSource.TRANSLITERATION, e.nameSource());
        assertEquals("PERS:رايان_ديلون", e.entityId());
    }

    @Test
    void partialNameGoesToThePersonMentionedLastBeforeIt() {
        String t = "قال أحمد حسن. ثم قال محمود حسن. وأضاف حسن أن.";
        EntityTable table = resolve(t, mention(t, "أحمد حسن", 0, PERS), mention(t, "محمود حسن", 0, PERS),
                mention(t, "حسن", 2, PERS));
        assertEquals(2, table.entities().size());
        assertEquals(2, table.find("محمود حسن").orElseThrow().mentionCount());
    }

    @Test
    void spellingVariantsAreOneEntityShownAsWritten() {
        String t = "زار أحمد المدينة. ثم غادر احمد.";
        EntityTable table = resolve(t, mention(t, "أحمد", 0, PERS), mention(t, "احمد", 0, PERS));
        assertEquals(1, table.entities().size());
        assertEquals(List.of("أحمد", "احمد"), table.entities().get(0).surfaceForms());
        assertEquals("أحمد", table.entities().get(0).nameAr());
    }

    @Test
    void gluedAndSpacedSpellingsAreOneLinkedEntity() {
        String t = "تقوده الولاياتالمتحدة. وهل تنوي الولايات المتحدة البقاء.";
        EntityTable table = resolve(t, mention(t, "الولاياتالمتحدة", 0, LOC), mention(t, "الولايات المتحدة", 0, LOC));
        assertEquals(1, table.entities().size());
        Entity e = table.entities().get(0);
        assertEquals("United States", e.nameEn());
        assertEquals("Q30", e.entityId());
        assertEquals(NameSource.KB, e.nameSource());
    }

    @Test
    void knowledgeBaseAliasesMergeAndTheKnowledgeBaseTypeWins() {
        String t = "يقاتل تنظيم الدولة الإسلامية. مقاتلي داعش قليلون.";
        EntityTable table = resolve(t, mention(t, "الدولة الإسلامية", 0, LOC), mention(t, "داعش", 0, ORG));
        assertEquals(1, table.entities().size());
        Entity e = table.entities().get(0);
        assertEquals(ORG, e.type());
        assertEquals("Islamic State", e.nameEn());
        assertEquals(2, e.mentionCount());
    }

    @Test
    void unlinkedOrganisationsGetNoEnglishName() {
        String t = "قالت جماعة ايرورز إن.";
        Entity e = resolve(t, mention(t, "ايرورز", 0, ORG)).entities().get(0);
        assertEquals("", e.nameEn());
        assertEquals(NameSource.NONE, e.nameSource());
        assertEquals("ORG:ايرورز", e.entityId());
    }

    @Test
    void entitiesAreOrderedByFirstMention() {
        String t = "من الموصل إلى ديلون.";
        EntityTable table = resolve(t, mention(t, "ديلون", 0, PERS), mention(t, "الموصل", 0, LOC));
        assertEquals(List.of("Mosul", "Translit(ديلون)"),
                table.entities().stream().map(Entity::nameEn).toList());
    }

    @Test
    void theArticleThatLamSwallowedIsGivenBack() {
        // للدوحة segmented as ل + لدوحة (the segmenter's word الدوحة): the name is الدوحة
        String t = "وصل للدوحة ثم لليبيا";
        List<org.arabicner.annotation.Token> tokens = List.of(
                new org.arabicner.annotation.Token("وصل", "وصل", new org.arabicner.text.CharSpan(0, 3), "", false),
                new org.arabicner.annotation.Token("ل", "ل", new org.arabicner.text.CharSpan(4, 5), "", false),
                new org.arabicner.annotation.Token("الدوحة", "لدوحة", new org.arabicner.text.CharSpan(5, 10), "", true),
                new org.arabicner.annotation.Token("ثم", "ثم", new org.arabicner.text.CharSpan(11, 13), "", false),
                new org.arabicner.annotation.Token("ل", "ل", new org.arabicner.text.CharSpan(14, 15), "", false),
                new org.arabicner.annotation.Token("اليبيا", "ليبيا", new org.arabicner.text.CharSpan(15, 20), "", true));
        org.arabicner.annotation.AnnotatedText a = new org.arabicner.annotation.AnnotatedText(t,
                List.of(new org.arabicner.annotation.Sentence(0, tokens)));
        KbLookup libya = (name, type, context) -> Names.arabicKey(name).equals(Names.arabicKey("ليبيا"))
                ? Optional.of(new KbLookup.KbMatch("Q1016", LOC, "Libya")) : Optional.empty();
        EntityTable table = new EntityResolver(Titles.standard(), libya, (name, region) -> "T").resolve("a", a, List.of(
                new Mention(new org.arabicner.text.CharSpan(5, 10), "لدوحة", LOC, 0, 0.9),
                new Mention(new org.arabicner.text.CharSpan(15, 20), "ليبيا", LOC, 0, 0.9)));
        assertEquals(List.of("الدوحة", "ليبيا"), table.entities().stream().map(Entity::nameAr).toList(),
                "ليبيا is known as written, so لليبيا is ل + ليبيا");
        assertEquals(List.of("الدوحة"), table.entities().get(0).surfaceForms());
        assertEquals("لدوحة", table.entities().get(0).mentions().get(0).text(), "mentions keep the original text");
    }

    @Test
    void anOrganisationWithoutItsHeadOrAnInnerWordJoinsTheFullName() {
        String t = "قالت منظمة اليونيسف إن اليونيسف و النادي الرياضي البنزرتي أو النادي البنزرتي.";
        EntityTable table = resolve(t, mention(t, "منظمة اليونيسف", 0, ORG), mention(t, "اليونيسف", 1, ORG),
                mention(t, "النادي الرياضي البنزرتي", 0, ORG), mention(t, "النادي البنزرتي", 0, ORG));
        assertEquals(2, table.entities().size(), table.entities().toString());
        assertEquals(List.of("منظمة اليونيسف", "اليونيسف"), table.entities().get(0).surfaceForms());
        assertEquals("النادي الرياضي البنزرتي", table.entities().get(1).nameAr());
    }
}
