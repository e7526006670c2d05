package org.arabicner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.arabicner.annotation.TextAnnotator;
import org.arabicner.eval.NerEvaluator;
import org.arabicner.eval.Scores;
import org.arabicner.ner.NameFinder;
import org.arabicner.ner.WordFeatureLexicon;
import org.arabicner.ner.neural.NeuralTagger;
import org.arabicner.ner.neural.SubwordEmbeddings;
import org.arabicner.train.BiLstmTrainer;
import org.arabicner.train.ConllSentence;
import org.arabicner.train.NeuralTrainer;
import org.arabicner.train.TaggedSentence;

/** {@code arner train --tagger bilstm|neural}: the neural half of {@link TrainCommand}. Stateless. */
final class NeuralCommandSupport {

    static final String DEFAULT_EMBEDDINGS = "arabic-ner-embeddings.bin";

    private NeuralCommandSupport() {
    }

    /**
     * Trains on the first {@code 1 - holdout} of the first file's sentences (and all of any later
     * files) with early stopping on the held-out rest, scores the held-out part through the
     * segmenter like the CRF's run, and writes the model; with {@code holdout} 0 trains all
     * {@code epochs} on everything. {@code bilstm} chooses the BiLSTM-CRF over the window network.
     */
    static int train(boolean bilstm, List<TaggedSentence> tagged, List<ConllSentence> gold, int firstSize, double holdout,
                     Path embeddingsFile, Path lexiconFile, long seed, int epochs, Path out, TextAnnotator annotator,
                     int threads) {
        if (!Files.isRegularFile(embeddingsFile)) {
            throw new IllegalArgumentException("embeddings " + embeddingsFile + " not found: build them as"
                    + " models/README.md says (fastText on the segmented unlabeled text, then FastTextConverter)");
        }
        SubwordEmbeddings embeddings;
        try (InputStream in = Files.newInputStream(embeddingsFile)) {
            embeddings = SubwordEmbeddings.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embeddings " + embeddingsFile, e);
        }
        WordFeatureLexicon lexicon = Files.isRegularFile(lexiconFile) ? WordFeatureLexicon.read(lexiconFile)
                : WordFeatureLexicon.empty();
        int cut = holdout > 0 ? (int) Math.round(firstSize * (1 - holdout)) : firstSize;
        List<TaggedSentence> train = new ArrayList<>(tagged.subList(0, cut));
        train.addAll(tagged.subList(firstSize, tagged.size()));
        List<TaggedSentence> held = tagged.subList(cut, firstSize);
        long t0 = System.nanoTime();
        String embName = out.toAbsolutePath().getParent().equals(embeddingsFile.toAbsolutePath().getParent())
                ? embeddingsFile.getFileName().toString() : embeddingsFile.toAbsolutePath().toString();
        String lexName = out.toAbsolutePath().getParent().equals(lexiconFile.toAbsolutePath().getParent())
                ? lexiconFile.getFileName().toString() : lexiconFile.toAbsolutePath().toString();
        NeuralTagger tagger;
        int bestEpoch;
        if (bilstm) {
            BiLstmTrainer.Config d = BiLstmTrainer.Config.defaults(embeddings.dim(), seed);
            BiLstmTrainer.Config config = new BiLstmTrainer.Config(d.shape(), epochs, d.patience(), d.batch(), d.lr(),
                    d.clip(), d.inDrop(), d.outDrop(), threads, seed);
            BiLstmTrainer trainer = new BiLstmTrainer(config, embeddings, embName, lexicon, lexName);
            tagger = trainer.train(train, held, System.out);
            bestEpoch = trainer.history().bestEpoch();
        } else {
            NeuralTrainer.Config d = NeuralTrainer.Config.defaults(seed);
            NeuralTrainer.Config config = new NeuralTrainer.Config(d.radius(), d.hidden(), d.dims(), epochs,
                    d.patience(), d.batch(), d.lr(), d.dropout(), seed);
            NeuralTrainer trainer = new NeuralTrainer(config, embeddings, embName, lexicon, lexName);
            tagger = trainer.train(train, held, System.out);
            bestEpoch = trainer.history().bestEpoch();
        }
        System.out.printf(Locale.ROOT, "%s: trained on %d sentences in %.0f s, kept epoch %d (seed %d)%n",
                bilstm ? "bilstm" : "neural", train.size(), (System.nanoTime() - t0) / 1e9, bestEpoch, seed);
        if (!held.isEmpty()) {
            NameFinder finder = new NameFinder(tagger);
            Scores s = new NerEvaluator(text -> finder.find(annotator.annotate(text)), threads,
                    NerEvaluator.DEFAULT_CHUNK).evaluate(gold.subList(cut, firstSize));
            System.out.printf(Locale.ROOT, "held-out (%d sentences):%n%s", held.size(), s.toTable());
            System.out.println("held-out json: " + s.toJson());
        }
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + out.getParent(), e);
        }
        tagger.write(out);
        try {
            System.out.printf(Locale.ROOT, "neural model: %s (%d bytes)%n", out, Files.size(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }
}
