package org.arabicner.corenlp.train;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.arabicner.corenlp.CrfFeatureLabels;
import org.arabicner.corenlp.CrfTagger;
import org.arabicner.ner.WordFeatureLexicon;
import org.arabicner.train.TaggedSentence;

/**
 * Trains a CoreNLP linear-chain CRF on segmented, labelled sentences with the feature flags of a
 * CoreNLP properties set ({@code SeqClassifierFlags}), and writes the model with its lexicon
 * sidecar. The training side of {@link CrfTagger}. Not thread-safe; one training at a time.
 *
 * <p>Training code of the CoreNLP adapter: it lives in this sub-package of {@code corenlp}, so that
 * CoreNLP stays imported by the adapter alone while the runtime package {@code corenlp} never
 * depends on the training data types of {@code train} (see docs/ARCHITECTURE.md).
 */
public final class CrfTrainer {

    private final Properties properties;
    private final WordFeatureLexicon lexicon;

    public CrfTrainer(Properties properties, WordFeatureLexicon lexicon) {
        this.properties = new Properties();
        this.properties.putAll(properties);
        this.lexicon = lexicon;
    }

    /** Trains on {@code data}, writes {@code model} (and its lexicon beside it) and returns the tagger. */
    public CrfTagger train(List<TaggedSentence> data, Path model) {
        List<List<CoreLabel>> docs = new ArrayList<>(data.size());
        for (TaggedSentence s : data) {
            if (!s.tokens().isEmpty()) {
                docs.add(CrfFeatureLabels.of(s.tokens(), s.labels(), lexicon));
            }
        }
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(properties);
        crf.train(docs, crf.makeReaderAndWriter());
        try {
            Path dir = model.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            crf.serializeClassifier(model.toString());
            Path lexFile = CrfTagger.lexiconPath(model);
            if (lexicon.size() > 0) {
                lexicon.write(lexFile);
            } else {
                Files.deleteIfExists(lexFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write NER model " + model, e);
        }
        return new CrfTagger(crf, lexicon);
    }
}
