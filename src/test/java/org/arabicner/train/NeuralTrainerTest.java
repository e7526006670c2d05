package org.arabicner.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.arabicner.ner.WordFeatureLexicon;
import org.arabicner.ner.neural.NeuralTagger;
import org.arabicner.ner.neural.SubwordEmbeddings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny neural tagger trained on a handful of sentences, inside the test (no corpora needed). */
class NeuralTrainerTest {

    private static final String[][] SENTENCES = {
            {"زار", "O", "محمد", "I-PERS", "بغداد", "I-LOC", "امس", "O"},
            {"وصل", "O", "علي", "I-PERS", "الى", "O", "دمشق", "I-LOC"},
            {"قال", "O", "احمد", "I-PERS", "في", "O", "القاهره", "I-LOC"},
            {"اجتمع", "O", "محمد", "I-PERS", "مع", "O", "وزير", "O", "الامم", "I-ORG", "المتحده", "I-ORG"},
            {"زار", "O", "علي", "I-PERS", "القاهره", "I-LOC", "مع", "O", "احمد", "I-PERS"},
            {"قال", "O", "الامم", "I-ORG", "المتحده", "I-ORG", "في", "O", "دمشق", "I-LOC"},
    };

    private static List<TaggedSentence> data;
    private static SubwordEmbeddings embeddings;
    private static NeuralTrainer trainer;
    private static NeuralTagger tagger;

    @BeforeAll
    static void train() {
        data = TinyTrainingData.sentences(SENTENCES);
        embeddings = TinyTrainingData.embeddings(data);
        NeuralTrainer.Config config = new NeuralTrainer.Config(1, 24, new int[] {4, 4, 2, 4}, 60, 5, 2, 0.01, 0.0, 7);
        trainer = new NeuralTrainer(config, embeddings, "tiny.emb", WordFeatureLexicon.empty(), "none.tsv.gz");
        tagger = trainer.train(data, List.of(), new PrintStream(OutputStream.nullOutputStream()));
    }

    @Test
    void lossFallsAndTheTrainingSentencesComeBackTaggedRight() {
        TinyTrainingData.assertFitted(trainer.history(), 60, data, tagger);
    }

    @Test
    void sameSeedSameModel() {
        NeuralTrainer.Config config = new NeuralTrainer.Config(1, 24, new int[] {4, 4, 2, 4}, 5, 5, 2, 0.01, 0.3, 7);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        NeuralTagger a = new NeuralTrainer(config, embeddings, "tiny.emb", WordFeatureLexicon.empty(), "x")
                .train(data, data, quiet);
        NeuralTagger b = new NeuralTrainer(config, embeddings, "tiny.emb", WordFeatureLexicon.empty(), "x")
                .train(data, data, quiet);
        for (TaggedSentence s : data) {
            assertArrayEquals(a.probabilities(s.tokens())[0], b.probabilities(s.tokens())[0]);
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
    void severalThreadsGiveTheTagsOfOne() throws Exception {
        assertTrue(TinyTrainingData.sameTagsOnSeveralThreads(data, tagger::tag));
    }

    @Test
    void spansOfIoLabels() {
        assertEquals(List.of("1:3:PERS", "4:5:LOC"),
                List.copyOf(NeuralTrainer.spans(List.of("O", "I-PERS", "I-PERS", "O", "I-LOC"))));
        assertEquals(List.of("0:1:PERS", "1:2:PERS"), List.copyOf(NeuralTrainer.spans(List.of("B-PERS", "B-PERS"))));
    }
}
