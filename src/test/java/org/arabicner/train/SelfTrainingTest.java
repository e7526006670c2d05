package org.arabicner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.arabicner.annotation.TextAnnotator;
import org.arabicner.ner.SequenceTagger;
import org.arabicner.ner.TokenTag;
import org.arabicner.testing.Texts;
import org.junit.jupiter.api.Test;

class SelfTrainingTest {

    @Test
    void picksEvenlyAndLeavesOutExcludedArticlesAndNearDuplicatesOfProtectedOnes() {
        String evaluated = "قال وزير الداخلية في تونس إن الحكومة ستعلن خطة جديدة للأمن في الولايات الداخلية";
        Map<Integer, String> corpus = new TreeMap<>();
        for (int i = 0; i < 10; i++) {
            corpus.put(i, "خبر رقم " + i + " عن مباراة كرة القدم في ملعب رادس بين فريقين كبيرين يوم الأحد " + i);
        }
        corpus.put(3, evaluated + " وأضاف أن الخطة تبدأ غدا");     // a reprint of the evaluated article
        corpus.put(5, "");                                           // no words at all
        List<Integer> all = SelfTraining.pickArticles(corpus, Set.of(7), List.of(evaluated), 100);
        assertEquals(List.of(0, 1, 2, 4, 6, 8, 9), all);
        assertEquals(List.of(0, 2, 6), SelfTraining.pickArticles(corpus, Set.of(7), List.of(evaluated), 3));
    }

    @Test
    void keepsOnlySentencesWithANameWhoseEveryTokenIsSure() {
        TextAnnotator annotator = Texts::annotate;          // a sentence ends at a token ending in "."
        SequenceTagger tagger = s -> s.stream().map(t -> switch (t.word()) {
            case "سعيد" -> new TokenTag("I-PERS", 0.97);
            case "قيس" -> new TokenTag("I-PERS", 0.95);
            case "صفاقس" -> new TokenTag("I-LOC", 0.6);      // unsure
            default -> new TokenTag(TokenTag.OUTSIDE, 0.99);
        }).toList();
        List<TaggedSentence> kept = SelfTraining.label(
                List.of("زار قيس سعيد المدينة . عاد الوفد مساء . وصل إلى صفاقس ."), annotator, tagger, 0.9);
        assertEquals(1, kept.size());
        assertEquals(List.of("O", "B-PERS", "I-PERS", "O", "O"), kept.get(0).labels());
        assertEquals("قيس", kept.get(0).tokens().get(1).word());
    }
}
