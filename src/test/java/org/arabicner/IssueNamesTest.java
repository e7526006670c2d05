package org.arabicner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.arabicner.table.Entity;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * People and places of plain news sentences come out with the English names a reader expects
 * (issue 13's table), through the whole pipeline with the shipped models.
 */
class IssueNamesTest {

    /** News about the Arab East and the world: no region evidence, each name's shape decides. */
    private static final String WORLD = String.join("\n",
            "قال الممثل المصري عمر الشريف في حديث صحفي إنه سعيد بالجائزة.",
            "وسجل اللاعب المصري محمد صلاح هدفين في المباراة، كما سجل الجزائري رياض محرز هدفا.",
            "وكتب الروائي نجيب محفوظ عن المطربة اللبنانية فيروز.",
            "وفاز الأرجنتيني ليونيل ميسي بالجائزة.");
    /** News from Tunisia (French month names, Tunisian places): Maghreb spellings. */
    private static final String TUNISIA = String.join("\n",
            "وقال رئيس حركة النهضة راشد الغنوشي يوم 18 جانفي 2017 إن الوزير عبد الرحمن الهذيلي التقى عائلة الطرابلسي في جربة.",
            "واستقبل رئيس الحكومة يوسف الشاهد في صفاقس وفدا من سوسة.");

    /** Names whose first letter the segmenter takes for a clitic. */
    private static final String CLITIC_LETTERS = String.join("\n",
            "قال وزير الخارجية الروسي سيرغي لافروف إن بلاده ترحب بالمبادرة.",
            "واستقبل الأمين العام السابق للأمم المتحدة بان كي مون الوفد في نيويورك، والتقى لافروف نظيره.");

    private static List<Entity> world;
    private static List<Entity> tunisia;
    private static List<Entity> clitics;

    @BeforeAll
    static void annotate() {
        world = SharedPipeline.get().annotate("world", WORLD).entities();
        tunisia = SharedPipeline.get().annotate("tunisia", TUNISIA).entities();
        clitics = SharedPipeline.get().annotate("clitics", CLITIC_LETTERS).entities();
    }

    @Test
    void aNameThatBeginsWithACliticLetterStaysWhole() {
        assertEquals("Ban Ki-moon", english(clitics, "بان كي مون"));
        assertEquals(0, clitics.stream().filter(e -> e.nameAr().equals("ان كي مون")).count());
        Entity lavrov = clitics.stream().filter(e -> e.nameAr().equals("سيرغي لافروف")).findFirst().orElseThrow();
        assertEquals(2, lavrov.mentions().size(), "لافروف alone is the same person");
    }

    private static String english(List<Entity> table, String nameAr) {
        List<Entity> hits = table.stream().filter(e -> e.nameAr().equals(nameAr)).toList();
        assertEquals(1, hits.size(), nameAr + " should be one row of "
                + table.stream().map(e -> e.type() + " " + e.nameAr() + "/" + e.nameEn()).toList());
        return hits.get(0).nameEn();
    }

    @Test
    void arabicNamesOfTheArabEastAndTheWorld() {
        assertEquals("Omar Sharif", english(world, "عمر الشريف"));
        assertEquals("Mohamed Salah", english(world, "محمد صلاح"));
        assertEquals("Riyad Mahrez", english(world, "رياض محرز"));
        assertEquals("Naguib Mahfouz", english(world, "نجيب محفوظ"));
        assertEquals("Fairuz", english(world, "فيروز"));
        assertEquals("Lionel Messi", english(world, "ليونيل ميسي"));
    }

    @Test
    void maghrebNamesAndPlaces() {
        assertEquals("Rached Ghannouchi", english(tunisia, "راشد الغنوشي"));
        assertEquals("Abderrahmane Hedhili", english(tunisia, "عبد الرحمن الهذيلي"));
        assertEquals("Trabelsi", english(tunisia, "الطرابلسي"));
        assertEquals("Djerba", english(tunisia, "جربة"));
    }

    @Test
    void aNameAcrossATitleIsOneRow() {
        assertEquals("Youssef Chahed", english(tunisia, "يوسف الشاهد"));
        assertEquals(0, tunisia.stream().filter(e -> e.nameAr().equals("يوسف")).count());
        Entity chahed = tunisia.stream().filter(e -> e.nameAr().equals("يوسف الشاهد")).findFirst().orElseThrow();
        assertEquals(EntityType.PERS, chahed.type());
        assertEquals(List.of("رئيس الحكومة"), chahed.titles());
    }
}
