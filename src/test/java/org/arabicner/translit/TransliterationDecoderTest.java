package org.arabicner.translit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The beam search on a hand-made joint model over four units. */
class TransliterationDecoderTest {

    // unit ids: 2 = ب|b, 3 = ب|p, 4 = ا|a, 5 = ت|t
    private static final String[] ENGLISH = {null, null, "b", "p", "a", "t"};

    private static TransliterationDecoder decoder() {
        NgramModelTrainer trainer = new NgramModelTrainer(2, 1);
        trainer.add(new int[] {2, 4, 5}, 5); // "bat" five times
        trainer.add(new int[] {3, 4, 5}, 1); // "pat" once
        trainer.add(new int[] {4, 2}, 2);    // "ab" twice
        NgramModel joint = trainer.build();
        return new TransliterationDecoder(joint, Map.of("ب", new int[] {2, 3}, "ا", new int[] {4},
                "ت", new int[] {5}), ENGLISH, 1);
    }

    @Test
    void frequentReadingScoresHighest() {
        Map<String, Double> out = decoder().decode("بات", 10, null);
        assertTrue(out.containsKey("bat") && out.containsKey("pat"));
        assertTrue(out.get("bat") > out.get("pat"));
        assertTrue(out.get("bat") < 0);
    }

    @Test
    void forcedDecodingKeepsOnlyTheGivenSpelling() {
        Map<String, Double> out = decoder().decode("بات", 10, "pat");
        assertEquals(Map.of("pat", out.get("pat")), out);
        assertEquals(decoder().decode("بات", 10, null).get("pat"), out.get("pat"), 1e-9);
    }

    @Test
    void bestSegmentationReturnsTheUnits() {
        assertArrayEquals(new int[] {3, 4, 5}, decoder().bestSegmentation("بات", "pat", 10));
        assertNull(decoder().bestSegmentation("بات", "bad", 10));
    }

    @Test
    void unknownLettersAreSkippedNotFatal() {
        Map<String, Double> out = decoder().decode("بخت", 10, null);
        assertTrue(out.containsKey("bt"));
    }

    @Test
    void logAddAddsProbabilities() {
        assertEquals(Math.log(0.3), TransliterationDecoder.logAdd(Math.log(0.1), Math.log(0.2)), 1e-12);
    }
}
