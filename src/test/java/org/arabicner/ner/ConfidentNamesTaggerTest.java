package org.arabicner.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.arabicner.annotation.Token;
import org.arabicner.text.CharSpan;
import org.junit.jupiter.api.Test;

class ConfidentNamesTaggerTest {

    private static List<Token> tokens(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> new Token("w" + i, "w" + i, new CharSpan(i * 3, i * 3 + 2), "NN", false))
                .toList();
    }

    private static List<String> labels(List<TokenTag> tags) {
        return tags.stream().map(TokenTag::label).toList();
    }

    @Test
    void aNameWithOneUnsureTokenGoesWholeAndSureNamesStay() {
        SequenceTagger model = s -> List.of(new TokenTag("B-PERS", 0.99), new TokenTag("I-PERS", 0.55),
                TokenTag.outside(), new TokenTag("B-LOC", 0.97), new TokenTag("B-ORG", 0.61));
        List<TokenTag> tags = new ConfidentNamesTagger(model, 0.6, (t, start, end) -> false).tag(tokens(5));
        assertEquals(List.of("O", "O", "O", "B-LOC", "B-ORG"), labels(tags));
        assertEquals(0.45, tags.get(1).probability(), 1e-9);
    }

    @Test
    void ioLabelsAreNamesToo() {
        SequenceTagger model = s -> List.of(new TokenTag("LOC", 0.58), new TokenTag("LOC", 0.9), new TokenTag("PERS", 0.9));
        assertEquals(List.of("O", "O", "PERS"), labels(new ConfidentNamesTagger(model, 0.6, (t, start, end) -> false).tag(tokens(3))));
        assertEquals(List.of("LOC", "LOC", "PERS"), labels(new ConfidentNamesTagger(model, 0, (t, start, end) -> false).tag(tokens(3))));
    }

    @Test
    void anUnsureNameAfterATitleStays() {
        SequenceTagger model = s -> List.of(TokenTag.outside(), new TokenTag("B-PERS", 0.59), new TokenTag("I-PERS", 0.7),
                TokenTag.outside(), new TokenTag("B-PERS", 0.59));
        ConfidentNamesTagger.TitleTest afterFirstWord = (t, start, end) -> start == 1 && t.get(0).text().equals("w0");
        assertEquals(List.of("O", "B-PERS", "I-PERS", "O", "O"),
                labels(new ConfidentNamesTagger(model, 0.6, afterFirstWord).tag(tokens(5))));
    }

    @Test
    void theThresholdIsAProbability() {
        assertThrows(IllegalArgumentException.class, () -> new ConfidentNamesTagger(s -> List.of(), 1.5, (t, start, end) -> false));
    }
}
