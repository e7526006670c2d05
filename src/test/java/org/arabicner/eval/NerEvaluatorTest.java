package org.arabicner.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.arabicner.ner.Mention;
import org.arabicner.text.CharSpan;
import org.arabicner.text.EntityType;
import org.arabicner.train.ConllSentence;
import org.junit.jupiter.api.Test;

class NerEvaluatorTest {

    /** Finds every occurrence of the given strings in the text, as the given type. */
    private static Function<String, List<Mention>> finder(String needle, EntityType type) {
        return text -> {
            List<Mention> out = new ArrayList<>();
            for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
                out.add(new Mention(new CharSpan(i, i + needle.length()), needle, type, 0, 1.0));
            }
            return out;
        };
    }

    @Test
    void mentionInsideAWordCoversThatWord() {
        List<ConllSentence> gold = List.of(
                new ConllSentence(List.of("قصف", "والرقة", "أمس"), List.of("O", "B-LOC", "O")),
                new ConllSentence(List.of("في", "الرقة"), List.of("O", "B-LOC")),
                new ConllSentence(List.of("بلا", "اسم"), List.of("O", "O")));
        Scores s = new NerEvaluator(finder("الرقة", EntityType.LOC), 2, 2).evaluate(gold);
        assertEquals(new Counts(2, 0, 0), s.micro());
    }

    @Test
    void wrongTypeAndMissedNamesAreCounted() {
        List<ConllSentence> gold = List.of(
                new ConllSentence(List.of("زار", "عمان", "و", "دمشق"), List.of("O", "B-LOC", "O", "B-LOC")));
        Scores s = new NerEvaluator(finder("عمان", EntityType.PERS), 1, 50).evaluate(gold);
        assertEquals(new Counts(0, 1, 0), s.types().get("PERS"));
        assertEquals(new Counts(0, 0, 2), s.types().get("LOC"));
    }

    @Test
    void multiWordMentionMapsToWordSpan() {
        List<ConllSentence> gold = List.of(
                new ConllSentence(List.of("قال", "جورج", "بوش"), List.of("O", "B-PERS", "I-PERS")));
        Scores s = new NerEvaluator(finder("جورج بوش", EntityType.PERS)).evaluate(gold);
        assertEquals(new Counts(1, 0, 0), s.micro());
    }
}
