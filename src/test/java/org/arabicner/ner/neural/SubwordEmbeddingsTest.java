package org.arabicner.ner.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SubwordEmbeddingsTest {

    /** One-hot rows: the vector of a word shows exactly which n-gram buckets it read. */
    @Test
    void oovWordsAreTheMeanOfTheirFastTextNgramBuckets() {
        int buckets = 1000;
        float[] matrix = new float[buckets * buckets];
        for (int r = 0; r < buckets; r++) {
            matrix[r * buckets + r] = 1f;
        }
        SubwordEmbeddings e = SubwordEmbeddings.quantise(buckets, 3, 3, buckets, List.of(), matrix);
        // expected buckets: fastText 0.9.2's FNV-1a over UTF-8 bytes, bytes sign-extended, mod 1000
        assertEquals(List.of(508, 756), hotBuckets(e.vector("ab")));
        assertEquals(List.of(25, 201, 520, 775, 918), hotBuckets(e.vector("بغداد")));
        float[] v = e.vector("بغداد");
        assertEquals(0.2f, v[25], 1e-6);
    }

    private static List<Integer> hotBuckets(float[] v) {
        List<Integer> hot = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            if (v[i] != 0) {
                hot.add(i);
            }
        }
        return hot;
    }

    @Test
    void knownWordsAddTheirOwnRowAndQuantisationStaysClose() throws IOException {
        int dim = 8;
        int buckets = 50;
        List<String> words = List.of("بغداد", "دمشق");
        float[] matrix = new float[(words.size() + buckets) * dim];
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = (float) rnd.nextDouble(-1, 1);
        }
        SubwordEmbeddings e = SubwordEmbeddings.quantise(dim, 2, 4, buckets, words, matrix);
        assertTrue(e.contains("بغداد"));
        float[] unquantisedRow = java.util.Arrays.copyOfRange(matrix, 0, dim);
        SubwordEmbeddings onlyWords = SubwordEmbeddings.quantise(dim, 9, 9, buckets, words, matrix);
        float[] own = onlyWords.vector("بغداد"); // no n-gram of 9 letters: the word's own row alone
        for (int d = 0; d < dim; d++) {
            assertEquals(unquantisedRow[d], own[d], 1.0 / 127 + 1e-6);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        e.write(out);
        SubwordEmbeddings back = SubwordEmbeddings.read(new ByteArrayInputStream(out.toByteArray()));
        assertArrayEquals(e.vector("بغداد"), back.vector("بغداد"));
        assertArrayEquals(e.vector("موسكو"), back.vector("موسكو"));
        assertEquals(2, back.vocabularySize());
    }

    @Test
    void rejectsOtherFiles() {
        assertThrows(IOException.class, () -> SubwordEmbeddings.read(new ByteArrayInputStream(new byte[] {0, 3, 'a', 'b', 'c'})));
    }
}
