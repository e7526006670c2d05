package org.arabicner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.arabicner.annotation.Token;
import org.arabicner.text.CharSpan;
import org.junit.jupiter.api.Test;

class LabelProjectorTest {

    /** Tokens cut from {@code text} at the given segment lengths, skipping spaces. */
    private static List<Token> tokens(String text, int base, int... lengths) {
        List<Token> out = new ArrayList<>();
        int pos = base;
        boolean attached = false;
        for (int len : lengths) {
            while (text.charAt(pos - base) == ' ') {
                pos++;
                attached = false;
            }
            String t = text.substring(pos - base, pos - base + len);
            out.add(new Token(t, t, new CharSpan(pos, pos + len), "NN", attached));
            pos += len;
            attached = true;
        }
        return out;
    }

    @Test
    void procliticOfFirstWordIsOutsideAndStemBegins() {
        ConllSentence s = new ConllSentence(List.of("ذهب", "والرقة"), List.of("O", "B-LOC"));
        TaggedSentence t = LabelProjector.project(s, 10, tokens(s.text(), 10, 3, 1, 5));
        assertEquals(List.of("O", "O", "B-LOC"), t.labels());
    }

    @Test
    void cliticInsideMultiWordNameStaysInsideAndSuffixOfLastWordIsOutside() {
        ConllSentence s = new ConllSentence(List.of("وزارة", "الخارجية", "والتعاون", "وسفيرها"),
                List.of("B-ORG", "I-ORG", "I-ORG", "B-PERS"));
        // وزارة | الخارجية | و التعاون | و سفير ها
        TaggedSentence t = LabelProjector.project(s, 0, tokens(s.text(), 0, 5, 8, 1, 7, 1, 4, 2));
        assertEquals(List.of("B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PERS", "O"), t.labels());
    }

    @Test
    void adjacentNamesOfSameTypeStaySeparate() {
        ConllSentence s = new ConllSentence(List.of("مصر", "سوريا"), List.of("B-LOC", "B-LOC"));
        TaggedSentence t = LabelProjector.project(s, 0, tokens(s.text(), 0, 3, 5));
        assertEquals(List.of("B-LOC", "B-LOC"), t.labels());
    }
}
