package org.arabicner.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains a small model on a toy script and checks decoding, reranking and saving. */
class TransliteratorTrainerTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static Transliterator toyModel(Map<String, Integer> names) {
        List<String> arabic = new ArrayList<>();
        List<String> english = new ArrayList<>();
        ManyToManyAlignerTest.randomPairs(400, 11, arabic, english);
        TransliteratorTrainer trainer = new TransliteratorTrainer(
                new TransliteratorTrainer.Settings(3, 4, 2, 3, 6, 1, 1, 1, 1), QUIET);
        return trainer.train(new TransliteratorTrainer.Pairs(arabic, english), names);
    }

    @Test
    void decodesUnseenWordsOfTheToyScript() {
        Transliterator t = toyModel(Map.of());
        String word = "ترشنوم"; // t r sh n oo m
        assertFalse(t.remembers(word));
        assertEquals("Trshnoom", t.best(word));
        List<String> top = t.transliterate(word, 3);
        assertTrue(top.size() <= 3 && !top.isEmpty());
        assertEquals(top.size(), top.stream().distinct().count());
    }

    @Test
    void namesArePartByPartAndCapitalised() {
        Transliterator t = toyModel(Map.of());
        assertEquals(t.best("بات") + " " + t.best("شام"), t.best("بات  شام"));
        assertEquals("", t.best("  "));
    }

    @Test
    void forcedDecodingScoresAGivenSpelling() {
        Transliterator t = toyModel(Map.of());
        Map<String, double[]> f = t.features("بات", true);
        assertTrue(f.containsKey("bat"));
        assertTrue(f.get("bat")[0] < 0);
    }

    @Test
    void saveAndLoadKeepTheReadings(@TempDir Path dir) throws IOException {
        Transliterator t = toyModel(Map.of("baroon", 1000));
        Path file = dir.resolve("toy.bin.gz");
        t.save(file);
        Transliterator back = Transliterator.load(file);
        for (String w : new String[] {"بارون", "شمنا", "توت"}) {
            assertEquals(t.transliterate(w, 5), back.transliterate(w, 5));
        }
    }
}
