package org.arabicner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.arabicner.annotation.Token;
import org.arabicner.ner.TokenTag;
import org.arabicner.ner.WordFeatureLexicon;
import org.arabicner.ner.neural.NeuralTagger;
import org.arabicner.ner.neural.SubwordEmbeddings;
import org.arabicner.text.CharSpan;

/** Fixtures of the neural trainers' tests: a handful of labelled sentences and random vectors for their words. */
final class TinyTrainingData {

    private TinyTrainingData() {
    }

    /** Sentences written as word, label, word, label, … */
    static List<TaggedSentence> sentences(String[][] wordsAndLabels) {
        List<TaggedSentence> data = new ArrayList<>();
        for (String[] s : wordsAndLabels) {
            List<Token> tokens = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            int offset = 0;
            for (int i = 0; i < s.length; i += 2) {
                tokens.add(new Token(s[i], s[i], new CharSpan(offset, offset + s[i].length()), "NN", false));
                offset += s[i].length() + 1;
                labels.add(s[i + 1]);
            }
            data.add(new TaggedSentence(tokens, labels));
        }
        return data;
    }

    /** 12-d random vectors (seed 11) for the sentences' words, with 64 n-gram buckets. */
    static SubwordEmbeddings embeddings(List<TaggedSentence> data) {
        List<String> vocab = new ArrayList<>();
        for (TaggedSentence s : data) {
            for (Token t : s.tokens()) {
                if (!vocab.contains(t.word())) {
                    vocab.add(t.word());
                }
            }
        }
        int dim = 12;
        int buckets = 64;
        float[] matrix = new float[(vocab.size() + buckets) * dim];
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = (float) rnd.nextDouble(-1, 1);
        }
        return SubwordEmbeddings.quantise(dim, 2, 4, buckets, vocab, matrix);
    }

    /**
     * Asserts that a tiny model fitted its sentences: {@code epochs} losses, the last under a tenth of
     * the first, and every training sentence tagged with its own labels.
     */
    static void assertFitted(TrainingHistory history, int epochs, List<TaggedSentence> data, NeuralTagger tagger) {
        List<Double> losses = history.losses();
        assertEquals(epochs, losses.size());
        assertTrue(losses.get(losses.size() - 1) < losses.get(0) / 10, "loss " + losses);
        for (TaggedSentence s : data) {
            assertEquals(s.labels(), tagger.tag(s.tokens()).stream().map(TokenTag::label).toList());
        }
    }

    /**
     * Writes {@code tagger} to {@code dir} beside the files it names ({@code tiny.emb}, holding
     * {@code embeddings}, and the empty lexicon {@code none.tsv.gz} it was trained without) and reads it back.
     */
    static NeuralTagger savedAndLoaded(NeuralTagger tagger, SubwordEmbeddings embeddings, Path dir) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve("tiny.emb"))) {
            embeddings.write(out);
        }
        WordFeatureLexicon.empty().write(dir.resolve("none.tsv.gz"));
        Path model = dir.resolve("tiny.bin.gz");
        tagger.write(model);
        return NeuralTagger.load(model);
    }

    /** Whether 4 threads tagging every sentence 50 times each always get {@code tagger}'s tags of one thread. */
    static boolean sameTagsOnSeveralThreads(List<TaggedSentence> data, Function<List<Token>, List<TokenTag>> tagger)
            throws Exception {
        List<List<TokenTag>> expected = data.stream().map(s -> tagger.apply(s.tokens())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> jobs = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                jobs.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        for (int i = 0; i < data.size(); i++) {
                            if (!tagger.apply(data.get(i).tokens()).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> j : jobs) {
                if (!j.get()) {
                    return false;
                }
            }
            return true;
        } finally {
            pool.shutdown();
        }
    }
}
