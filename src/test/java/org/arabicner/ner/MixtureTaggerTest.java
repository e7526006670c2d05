package org.arabicner.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.arabicner.annotation.Token;
import org.arabicner.text.CharSpan;
import org.junit.jupiter.api.Test;

class MixtureTaggerTest {

    private record Fixed(List<String> labels, double[][] p) implements ProbabilisticTagger {
        @Override
        public double[][] probabilities(List<Token> sentence) {
            return p;
        }

        @Override
        public List<TokenTag> tag(List<Token> sentence) {
            return MixtureTagger.argmax(p, labels);
        }
    }

    private static final List<Token> TWO = List.of(new Token("a", "a", new CharSpan(0, 1), "NN", false),
            new Token("b", "b", new CharSpan(2, 3), "NN", false));

    @Test
    void mixesProbabilitiesOverTheUnionOfLabels() {
        Fixed crf = new Fixed(List.of("O", "I-PERS"), new double[][] {{0.6, 0.4}, {0.9, 0.1}});
        Fixed neural = new Fixed(List.of("O", "I-LOC", "I-PERS"), new double[][] {{0.2, 0.0, 0.8}, {0.3, 0.7, 0.0}});
        MixtureTagger half = new MixtureTagger(neural, crf, 0.5);
        assertEquals(List.of("O", "I-LOC", "I-PERS"), half.labels());
        List<TokenTag> tags = half.tag(TWO);
        assertEquals("I-PERS", tags.get(0).label()); // 0.6 against O's 0.4
        assertEquals(0.6, tags.get(0).probability(), 1e-9);
        assertEquals("O", tags.get(1).label());      // 0.6 against LOC's 0.35
        assertEquals("O", new MixtureTagger(neural, crf, 0.0).tag(TWO).get(0).label());
        assertEquals("I-LOC", new MixtureTagger(neural, crf, 1.0).tag(TWO).get(1).label());
    }

    @Test
    void weightOutsideTheUnitIntervalIsRefused() {
        Fixed t = new Fixed(List.of("O"), new double[][] {{1}});
        assertThrows(IllegalArgumentException.class, () -> new MixtureTagger(t, t, 1.5));
    }
}
