package org.arabicner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.arabicner.ner.WordFeatureLexicon;
import org.arabicner.ner.neural.BiLstmCrf;
import org.arabicner.ner.neural.NeuralTagger;
import org.arabicner.ner.neural.SubwordEmbeddings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny BiLSTM-CRF tagger trained on a handful of sentences, inside the test (no corpora needed). */
class BiLstmTrainerTest {

    private static final String[][] SENTENCES = {
            {"زار", "O", "محمد", "B-PERS", "بغداد", "B-LOC", "امس", "O"},
            {"وصل", "O", "علي", "B-PERS", "حسن", "I-PERS", "الى", "O", "دمشق", "B-LOC"},
            {"قال", "O", "احمد", "B-PERS", "في", "O", "القاهره", "B-LOC"},
            {"اجتمع", "O", "محمد", "B-PERS", "مع", "O", "وزير", "O", "الامم", "B-ORG", "المتحده", "I-ORG"},
            {"زار", "O", "علي", "B-PERS", "القاهره", "B-LOC", "مع", "O", "احمد", "B-PERS"},
            {"قال", "O", "الامم", "B-ORG", "المتحده", "I-ORG", "في", "O", "دمشق", "B-LOC"},
    };

    private static List<TaggedSentence> data;
    private static SubwordEmbeddings embeddings;
    private static BiLstmTrainer trainer;
    private static NeuralTagger tagger;

    private static BiLstmTrainer.Config config(int epochs, int threads) {
        return new BiLstmTrainer.Config(new BiLstmCrf.Shape(12, 6, 8, 3, new int[] {4, 4, 2, 4}, 12), epochs, 5, 2,
                0.02, 5.0, 0.0, 0.0, threads, 7);
    }

    @BeforeAll
    static void train() {
        data = TinyTrainingData.sentences(SENTENCES);
        embeddings = TinyTrainingData.embeddings(data);
        trainer = new BiLstmTrainer(config(40, 2), embeddings, "tiny.emb", WordFeatureLexicon.empty(), "none.tsv.gz");
        tagger = trainer.train(data, List.of(), new PrintStream(OutputStream.nullOutputStream()));
    }

    @Test
    void lossFallsAndTheTrainingSentencesComeBackTaggedRight() {
        TinyTrainingData.assertFitted(trainer.history(), 40, data, tagger);
    }

    @Test
    void earlyStoppingKeepsTheBestHeldOutEpochAndSameSeedGivesSameModel() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        BiLstmTrainer a = new BiLstmTrainer(config(6, 2), embeddings, "tiny.emb", WordFeatureLexicon.empty(), "x");
        NeuralTagger ta = a.train(data, data, quiet);
        NeuralTagger tb = new BiLstmTrainer(config(6, 2), embeddings, "tiny.emb", WordFeatureLexicon.empty(), "x")
                .train(data, data, quiet);
        List<Double> f1 = a.history().heldOutF1();
        assertEquals(f1.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
                f1.get(a.history().bestEpoch() - 1));
        for (TaggedSentence s : data) {
            assertEquals(ta.tag(s.tokens()), tb.tag(s.tokens()));
        }
    }

    @Test
    void saveAndLoadGiveIdenticalTags(@TempDir Path dir) throws IOException {
        NeuralTagger back = TinyTrainingData.savedAndLoaded(tagger, embeddings, dir);
        for (TaggedSentence s : data) {
            assertEquals(tagger.tag(s.tokens()), back.tag(s.tokens()));
        }
    }

    @Test
    void otherEmbeddingsAreRefusedWithAClearError(@TempDir Path dir) {
        float[] matrix = new float[(1 + 64) * 12];
        java.util.Arrays.fill(matrix, 0.5f);
        SubwordEmbeddings other = SubwordEmbeddings.quantise(12, 2, 4, 64, List.of("x"), matrix);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TinyTrainingData.savedAndLoaded(tagger, other, dir));
        assertTrue(e.getMessage().contains("retrain"), e.getMessage());
    }

    @Test
    void severalThreadsGiveTheTagsOfOne() throws Exception {
        assertTrue(TinyTrainingData.sameTagsOnSeveralThreads(data, tagger::tag));
    }
}
