package org.arabicner.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ManyToManyAlignerTest {

    /** A toy script: each Arabic letter has one English spelling, some of two letters. */
    static final String[][] LETTERS = {{"ب", "b"}, {"ت", "t"}, {"ش", "sh"}, {"ر", "r"}, {"ا", "a"},
        {"و", "oo"}, {"ن", "n"}, {"م", "m"}};

    static void randomPairs(int count, long seed, List<String> arabic, List<String> english) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            StringBuilder a = new StringBuilder();
            StringBuilder e = new StringBuilder();
            int length = 2 + random.nextInt(5);
            for (int j = 0; j < length; j++) {
                String[] l = LETTERS[random.nextInt(LETTERS.length)];
                a.append(l[0]);
                e.append(l[1]);
            }
            arabic.add(a.toString());
            english.add(e.toString());
        }
    }

    @Test
    void learnsTheLetterCorrespondences() {
        List<String> arabic = new ArrayList<>();
        List<String> english = new ArrayList<>();
        randomPairs(300, 7, arabic, english);
        arabic.add("شاب");
        english.add("shab");
        List<List<ManyToManyAligner.Chunk>> aligned = new ManyToManyAligner(1, 3).align(arabic, english, 8);
        List<ManyToManyAligner.Chunk> last = aligned.get(aligned.size() - 1);
        assertNotNull(last);
        assertEquals(List.of(new ManyToManyAligner.Chunk("ش", "sh"), new ManyToManyAligner.Chunk("ا", "a"),
                new ManyToManyAligner.Chunk("ب", "b")), last);
    }

    @Test
    void pairWithTooLongEnglishHasNoAlignment() {
        List<List<ManyToManyAligner.Chunk>> aligned = new ManyToManyAligner(2, 2)
                .align(List.of("ب"), List.of("bbbbb"), 2);
        assertNull(aligned.get(0));
    }
}
