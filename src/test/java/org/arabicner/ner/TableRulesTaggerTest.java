package org.arabicner.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arabicner.annotation.AnnotatedText;
import org.arabicner.annotation.Sentence;
import org.arabicner.annotation.Token;
import org.arabicner.testing.Texts;
import org.arabicner.text.CharSpan;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.Test;
import org.arabicner.text.Names;

/** The rules around the NER model: ambiguity-aware back-off, organisation phrases, clitic re-joining. */
class TableRulesTaggerTest {

    /** Tags nothing, sure of it. */
    private static final SequenceTagger NOTHING = tokens -> tokens.stream().map(t -> TokenTag.outside()).toList();

    /** Tags the given words with the given labels and O elsewhere; probability of O given by {@code pOutside}. */
    private static SequenceTagger tagging(Map<String, String> labels, double pOutside) {
        return tokens -> {
            List<TokenTag> out = new ArrayList<>();
            for (Token t : tokens) {
                String l = labels.get(t.text());
                out.add(l == null ? new TokenTag(TokenTag.OUTSIDE, pOutside) : new TokenTag(l, 0.9));
            }
            return out;
        };
    }

    private static String key(String s) {
        return Names.arabicKey(s);
    }

    private static List<String> names(SequenceTagger tagger, String text) {
        return names(tagger, Texts.annotate(text));
    }

    private static List<String> names(SequenceTagger tagger, AnnotatedText a) {
        return new NameFinder(tagger).find(a).stream().map(m -> m.text() + "/" + m.type()).toList();
    }

    /** A Tunisian dictionary: Tunisia safe, Tyre, Mali and the revolution (Tabqa) common words, Gafsa a gazetteer place. */
    private static DictionaryBackoffTagger backoff(SequenceTagger primary) {
        return new DictionaryBackoffTagger(primary, new DictionaryBackoffTagger.Dictionary(
                Map.of(key("تونس"), EntityType.LOC, key("الدولة الإسلامية"), EntityType.ORG,
                        key("وكالة تونس إفريقيا للأنباء"), EntityType.ORG),
                Map.of(key("صور"), EntityType.LOC, key("مالي"), EntityType.LOC, key("الثورة"), EntityType.LOC,
                        key("قفصة"), EntityType.LOC, key("بن قردان"), EntityType.LOC),
                Set.of(key("قفصة"), key("بن قردان")), Set.of("مدينه", "معتمديه", "ولايه"), 0.3, 5));
    }

    @Test
    void commonWordsInOrdinarySentencesAreNotNames() {
        assertEquals(List.of("تونس/LOC"), names(backoff(NOTHING),
                "نشرت الوزارة صور الاحتفال بذكرى الثورة في تونس ومنحت دعما مالي للجمعيات ."));
    }

    @Test
    void aPlaceWordOrTheTaggersOwnDoubtSupportsAName() {
        assertEquals(List.of("قفصة/LOC"), names(backoff(NOTHING), "وصل الوزير إلى مدينة قفصة صباحا ."));
        assertEquals(List.of(), names(backoff(NOTHING), "وصل الوزير إلى قفصة صباحا ."));
        assertEquals(List.of("قفصة/LOC"), names(backoff(tagging(Map.of(), 0.5)), "وصل الوزير إلى قفصة صباحا ."),
                "the tagger gives a name there probability 0.5");
    }

    @Test
    void aPrepositionSupportsAPlaceThatIsNoOrdinaryWord() {
        assertEquals(List.of("قفصة/LOC"), names(backoff(NOTHING), segmented("القبض", "عليه", "ب", "+قفصة", ".")));
        assertEquals(List.of("قفصة/LOC"), names(backoff(NOTHING), "احتجاجات في قفصة ."));
        assertEquals(List.of(), names(backoff(NOTHING), segmented("نشرت", "ب", "+صور", ".")),
                "صور is an ordinary word: a preposition is no support");
    }

    @Test
    void aKnownNameOfSeveralWordsReplacesTheNamesItWhollyContains() {
        SequenceTagger place = tagging(Map.of("تونس", "B-LOC", "إفريقيا", "I-LOC"), 0.99);
        assertEquals(List.of("وكالة تونس إفريقيا للأنباء/ORG"), names(backoff(place), "قالت وكالة تونس إفريقيا للأنباء ."));
        assertEquals(List.of("تونس إفريقيا/LOC"), names(backoff(place), "قالت تونس إفريقيا ."));
    }

    @Test
    void aPlaceWordIsNoPartOfThePlacesName() {
        SequenceTagger governorate = tagging(Map.of("ولاية", "B-LOC", "قفصة", "I-LOC"), 0.99);
        assertEquals(List.of("قفصة/LOC"), names(backoff(governorate), "زار ولاية قفصة ."));
        SequenceTagger io = tagging(Map.of("ولاية", "LOC", "قفصة", "LOC"), 0.99);
        assertEquals(List.of("قفصة/LOC"), names(backoff(io), "زار ولاية قفصة ."), "IO labels too");
    }

    @Test
    void aPlaceWordTurnsAPersonSpanIntoThePlace() {
        SequenceTagger pers = tagging(Map.of("بن", "B-PERS", "قردان", "I-PERS"), 0.99);
        assertEquals(List.of("بن قردان/LOC"), names(backoff(pers), "في معتمدية بن قردان ."));
        assertEquals(List.of("بن قردان/PERS"), names(backoff(pers), "قال بن قردان ."));
    }

    @Test
    void multiWordNamesOfAnyTypeAreSafe() {
        assertEquals(List.of("الدولة الإسلامية/ORG"), names(backoff(NOTHING), "مقاتلو تنظيم « الدولة الإسلامية » ."));
    }

    @Test
    void organisationsWrittenAsAHeadAndAName() {
        SequenceTagger orgs = new OrganisationPhraseTagger(tagging(Map.of("تونس", "B-LOC", "حزب", "B-ORG",
                "نداء", "I-ORG"), 0.99));
        assertEquals(List.of("منظمة الصحة العالمية/ORG", "حزب نداء تونس/ORG", "المعهد العالي/ORG"), names(orgs,
                "وأعلنت منظمة الصحة العالمية أمس أن حزب نداء تونس و المعهد العالي ."));
        assertEquals(List.of(), names(orgs, "احتل الحزب الأول المركز الثالث في مجلس اليوم ."));
        assertEquals(List.of("المعهد العالي لالحضارة/ORG"), names(orgs, segmented("نظم", "المعهد", "العالي", "ل", "+الحضارة", ".")));
        assertEquals(List.of(), names(orgs, segmented("نظم", "المعهد", "العالي", "ل", "+تدريب", "ب", "+صفاقس", ".")),
                "a name cut short is no name");
        assertEquals(List.of("FTDES/ORG", "الجوهرة أف أم/ORG"), names(orgs, "قال FTDES لإذاعة الجوهرة أف أم ."));
        assertEquals(List.of("الجوهرة \" اف ام \"/ORG"), names(orgs, "أكد مراسل الجوهرة \" اف ام \" أن ."));
    }

    @Test
    void institutionsNamedByAGenericHeadOnlyWhenAsked() {
        SequenceTagger barca = tagging(Map.of("برشلونة", "B-ORG"), 0.99);
        String text = "أعلنت وزارة الداخلية و رئاسة الحكومة أن الحرس الوطني و نادي برشلونة و رئاسة الوفد المصري .";
        assertEquals(List.of("وزارة الداخلية/ORG", "رئاسة الحكومة/ORG", "الحرس الوطني/ORG", "برشلونة/ORG"),
                names(new OrganisationPhraseTagger(barca, Set.of(OrganisationPhraseTagger.Extra.INSTITUTIONS)), text),
                "a name the tagger found after the head keeps its span; رئاسة heads only the government and the republic");
        assertEquals(List.of("برشلونة/ORG"), names(new OrganisationPhraseTagger(barca), text));
        assertEquals(List.of(), names(new OrganisationPhraseTagger(NOTHING, Set.of(OrganisationPhraseTagger.Extra.INSTITUTIONS)),
                "فاز نادي كرة القدم على الجمعية الرياضية حسب وكالة الأنباء ."), "generic phrases are no names");
    }

    @Test
    void namedEventsAsMisc() {
        SequenceTagger tunisia = tagging(Map.of("تونس", "B-LOC"), 0.99);
        assertEquals(List.of("بطولة الرابطة المحترفة/MISC", "كأس تونس/MISC"), names(new OrganisationPhraseTagger(tunisia,
                Set.of(OrganisationPhraseTagger.Extra.EVENTS)), "انطلقت بطولة الرابطة المحترفة بعد كأس تونس أمس ."));
        assertEquals(List.of("تونس/LOC"), names(new OrganisationPhraseTagger(tunisia),
                "انطلقت بطولة الرابطة المحترفة بعد كأس تونس أمس ."));
    }

    /** Tags every token of {@code text} as one person's name. */
    private static SequenceTagger onePerson() {
        return tokens -> {
            List<TokenTag> out = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                boolean word = tokens.get(i).text().codePoints().anyMatch(Character::isLetter);
                out.add(word ? new TokenTag(i == 0 ? "B-PERS" : "I-PERS", 0.9) : TokenTag.outside());
            }
            return out;
        };
    }

    @Test
    void aListOfPeopleWithoutSeparatorsIsSplitAtGivenNames() {
        Set<String> given = Set.of("طارق", "فاطمه", "محمد", "خلف", "راشد", "كرمدين");
        assertEquals(List.of("مصباح بن خليفة خلف الله/PERS", "طارق القديري/PERS", "عبد السلام كرمدين/PERS",
                        "فاطمة المحمودي/PERS", "محمد المحمودي/PERS"),
                names(new PersonListSplitter(onePerson(), given),
                        "مصباح بن خليفة خلف الله طارق القديري عبد السلام كرمدين فاطمة المحمودي محمد المحمودي"));
        assertEquals(List.of("محمد بن راشد آل مكتوم/PERS"), names(new PersonListSplitter(onePerson(), given),
                "محمد بن راشد آل مكتوم"), "a name's own links (بن, آل) keep it whole");
        assertEquals(List.of("جار النبي قسم السيد عبدالرحمن/PERS"), names(new PersonListSplitter(onePerson(),
                given), "جار النبي قسم السيد عبدالرحمن"), "one word is no new name");
    }

    /** Segmented like CoreNLP: a one-letter proclitic is its own token, attached to the next. */
    private static AnnotatedText segmented(String... parts) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String p : parts) {
            boolean attached = p.startsWith("+");
            String w = attached ? p.substring(1) : p;
            if (!attached && text.length() > 0) {
                text.append(' ');
            }
            tokens.add(new Token(w, w, new CharSpan(text.length(), text.length() + w.length()), "", attached));
            text.append(w);
        }
        return new AnnotatedText(text.toString(), List.of(new Sentence(0, tokens)));
    }

    @Test
    void aCliticSplitThatBreaksAKnownWordIsUndone() {
        SequenceTagger person = tagging(Map.of("ايسبوك", "B-PERS", "افروف", "B-PERS"), 0.99);
        CliticRejoiner rejoin = new CliticRejoiner(person, Map.of(key("فايسبوك"), EntityType.ORG,
                key("لافروف"), EntityType.PERS, key("بان كي مون"), EntityType.PERS), 4);
        assertEquals(List.of("فايسبوك/ORG"), names(rejoin, segmented("نشر", "على", "ف", "+ايسبوك", ".")));
        SequenceTagger benzema = tagging(Map.of("كريم", "B-PERS", "نزيمة", "I-PERS"), 0.99);
        assertEquals(List.of("كريم بنزيمة/PERS"), names(new CliticRejoiner(benzema, Map.of(key("بنزيمة"), EntityType.PERS), 4),
                segmented("سجل", "كريم", "ب", "+نزيمة", ".")), "a name that runs through the clitic stays one name");
        SequenceTagger bareLabels = tagging(Map.of("كريم", "PERS", "نزيمة", "PERS"), 0.99);
        assertEquals(List.of("كريم بنزيمة/PERS"), names(new CliticRejoiner(bareLabels, Map.of(key("بنزيمة"), EntityType.PERS), 4),
                segmented("سجل", "كريم", "ب", "+نزيمة", ".")), "also when the tagger writes bare IO labels");
        assertEquals(List.of("لافروف/PERS"), names(rejoin, segmented("قال", "ل", "+افروف", ".")));
        assertEquals(List.of("بان كي مون/PERS"), names(rejoin, segmented("قال", "ب", "+ان", "كي", "مون", ".")));
        assertEquals(List.of(), names(rejoin, segmented("و", "+قال", "ف", "+يها", ".")), "unknown words stay split");
    }

    @Test
    void aNamePartIsRejoinedOnlyWhereTheTaggerFoundAName() {
        SequenceTagger person = tagging(Map.of("يروز", "B-PERS"), 0.99);
        CliticRejoiner rejoin = new CliticRejoiner(person, Map.of(),
                java.util.Set.of(key("فيروز"), key("وفاء")), 4);
        assertEquals(List.of("فيروز/PERS"), names(rejoin, segmented("غنت", "ف", "+يروز", ".")));
        assertEquals(List.of(), names(rejoin, segmented("عن", "و", "+فاء", ".")),
                "a name part that is also a common word stays split where the tagger saw no name");
    }
}
