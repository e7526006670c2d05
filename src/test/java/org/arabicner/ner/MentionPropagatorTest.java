package org.arabicner.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.arabicner.annotation.AnnotatedText;
import org.arabicner.annotation.Sentence;
import org.arabicner.annotation.Token;
import org.arabicner.text.CharSpan;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.Test;

class MentionPropagatorTest {

    /** One sentence per line, tokens split at spaces. */
    private static AnnotatedText article(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int pos = 0;
        for (String line : text.split("\n")) {
            List<Token> tokens = new ArrayList<>();
            for (String w : line.split(" ")) {
                tokens.add(new Token(w, w, new CharSpan(pos, pos + w.length()), "NN", false));
                pos += w.length() + 1;
            }
            sentences.add(new Sentence(sentences.size(), tokens));
        }
        return new AnnotatedText(text, sentences);
    }

    private static Mention mention(AnnotatedText a, String name, int from, EntityType type, double p, int sentence) {
        int start = a.text().indexOf(name, from);
        return new Mention(new CharSpan(start, start + name.length()), name, type, sentence, p);
    }

    @Test
    void repeatsConfidentNamesWhereTheTaggerMissedThem() {
        AnnotatedText a = article("قال جون كيري امس\nوصل كيري الى بغداد\nالتقى جون كيري الوزير");
        List<Mention> found = List.of(
                mention(a, "جون كيري", 0, EntityType.PERS, 0.95, 0),
                mention(a, "بغداد", 0, EntityType.LOC, 0.5, 1));
        List<Mention> out = new MentionPropagator(0.9).propagate(a, found);
        assertEquals(3, out.size());
        Mention added = out.get(2);
        assertEquals("جون كيري", added.text());
        assertEquals(2, added.sentence());
        assertEquals(EntityType.PERS, added.type());
    }

    @Test
    void leavesLowConfidenceNamesAlone() {
        AnnotatedText a = article("زار بغداد\nغادر بغداد");
        List<Mention> found = List.of(mention(a, "بغداد", 0, EntityType.LOC, 0.5, 0));
        assertEquals(found, new MentionPropagator(0.9).propagate(a, found));
    }
}
