package org.arabicner.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ie.crf.TestSequenceModel;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.sequences.SequenceModel;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.arabicner.annotation.Token;
import org.arabicner.ner.ProbabilisticTagger;
import org.arabicner.ner.TokenTag;
import org.arabicner.ner.WordFeatureLexicon;

/**
 * A trained CoreNLP {@link CRFClassifier} behind the project's {@link SequenceTagger}. The model
 * file ({@code NAME.ser.gz}) has a sidecar {@code NAME.lexicon.tsv.gz} (word clusters and
 * gazetteer classes, see {@link WordFeatureLexicon}) when it was trained with them.
 *
 * <p>Each label comes with its marginal probability from the CRF's clique tree. The Viterbi path is
 * read from the same tree, so a sentence's features are scored once ({@code CRFClassifier.classify}
 * would build a second tree of its own: with the 17.7 MB model that cost about a tenth of the whole
 * pipeline's single-thread speed, README "Performance").
 *
 * <p>Thread-safe: the classifier and the lexicon are only read after loading; every call builds its
 * own {@link CoreLabel}s. CoreNLP's own NER annotator shares one {@code CRFClassifier} between
 * threads the same way.
 */
public final class CrfTagger implements ProbabilisticTagger {

    /** The shipped model's file name under classpath {@code /org/arabicner/models/}. */
    public static final String DEFAULT_MODEL = "arabic-ner-crf.ser.gz";
    static final String MODEL_SUFFIX = ".ser.gz";
    static final String LEXICON_SUFFIX = ".lexicon.tsv.gz";
    private static final String CLASSPATH_DIR = "/org/arabicner/models/";

    private final CRFClassifier<CoreLabel> crf;
    private final WordFeatureLexicon lexicon;
    private final double outsideWeight;

    /** A tagger over a CRF in memory (the trainer's result, see {@code corenlp.train.CrfTrainer}). */
    public CrfTagger(CRFClassifier<CoreLabel> crf, WordFeatureLexicon lexicon) {
        this(crf, lexicon, 1.0);
    }

    private CrfTagger(CRFClassifier<CoreLabel> crf, WordFeatureLexicon lexicon, double outsideWeight) {
        this.crf = crf;
        this.lexicon = lexicon;
        this.outsideWeight = outsideWeight;
    }

    /**
     * The same model decoding for recall: with a weight below 1 each token takes the label of
     * highest marginal probability after the probability of {@code O} is multiplied by the weight
     * (a CRF trained on few names is too sure of {@code O}). 1 means Viterbi decoding.
     */
    public CrfTagger withOutsideWeight(double weight) {
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("outside weight must be in (0, 1], got " + weight);
        }
        return new CrfTagger(crf, lexicon, weight);
    }

    /** Loads a model file and, when present beside it, its lexicon. */
    public CrfTagger(Path model) {
        this(load(model), loadLexicon(lexiconPath(model)));
    }

    /** The shipped model, from the classpath. */
    public static CrfTagger withDefaultModel() {
        return fromClasspath(DEFAULT_MODEL);
    }

    /** A model from classpath {@code /org/arabicner/models/<file>}. */
    public static CrfTagger fromClasspath(String file) {
        String resource = CLASSPATH_DIR + file;
        try (InputStream in = CrfTagger.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("NER model " + resource + " is not on the classpath:"
                        + " run 'arner train' or put the model in models/");
            }
            CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(
                    new GZIPInputStream(new BufferedInputStream(in)));
            WordFeatureLexicon lexicon = WordFeatureLexicon.empty();
            String lexResource = CLASSPATH_DIR + baseName(file) + LEXICON_SUFFIX;
            try (InputStream lex = CrfTagger.class.getResourceAsStream(lexResource)) {
                if (lex != null) {
                    lexicon = WordFeatureLexicon.read(new BufferedInputStream(lex));
                }
            }
            return new CrfTagger(crf, lexicon);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + resource, e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("NER model " + resource + " is not a CoreNLP CRF model", e);
        }
    }

    @Override
    public List<TokenTag> tag(List<Token> sentence) {
        if (sentence.isEmpty()) {
            return List.of();
        }
        List<CoreLabel> labels = CrfFeatureLabels.of(sentence, lexicon);
        CRFCliqueTree<String> tree = crf.getCliqueTree(labels);
        int[] viterbi = null;
        int offset = 0;
        if (outsideWeight == 1.0) {
            // what CRFClassifier.classify does (Viterbi over the tree), without rebuilding the tree
            SequenceModel model = new TestSequenceModel(tree);
            viterbi = new ExactBestSequenceFinder().bestSequence(model);
            offset = model.leftWindow();
        }
        List<TokenTag> out = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            String answer = viterbi != null ? crf.classIndex.get(viterbi[i + offset]) : weightedArgmax(tree, i);
            if (answer == null || answer.equals(crf.flags.backgroundSymbol)) {
                answer = TokenTag.OUTSIDE;
            }
            double p = tree.prob(i, answer.equals(TokenTag.OUTSIDE) ? crf.flags.backgroundSymbol : answer);
            out.add(new TokenTag(answer, Math.max(0.0, Math.min(1.0, p))));
        }
        return out;
    }

    /**
     * CoreNLP's own decoding ({@code CRFClassifier.classify}, which builds its own tree): the
     * reference {@link #tag} must agree with, kept for the test that pins it.
     */
    List<String> classifiedByCoreNlp(List<Token> sentence) {
        List<CoreLabel> labels = CrfFeatureLabels.of(sentence, lexicon);
        crf.classify(labels);
        List<String> out = new ArrayList<>();
        for (CoreLabel l : labels) {
            String answer = l.get(edu.stanford.nlp.ling.CoreAnnotations.AnswerAnnotation.class);
            out.add(answer == null || answer.equals(crf.flags.backgroundSymbol) ? TokenTag.OUTSIDE : answer);
        }
        return out;
    }

    @Override
    public List<String> labels() {
        List<String> out = new ArrayList<>();
        for (String label : crf.classIndex) {
            out.add(label.equals(crf.flags.backgroundSymbol) ? TokenTag.OUTSIDE : label);
        }
        return out;
    }

    /** The CRF's marginal probability of every label (in {@link #labels()} order) at every token. */
    @Override
    public double[][] probabilities(List<Token> sentence) {
        if (sentence.isEmpty()) {
            return new double[0][];
        }
        CRFCliqueTree<String> tree = crf.getCliqueTree(CrfFeatureLabels.of(sentence, lexicon));
        int n = crf.classIndex.size();
        double[][] out = new double[sentence.size()][n];
        for (int i = 0; i < out.length; i++) {
            for (int k = 0; k < n; k++) {
                out[i][k] = tree.prob(i, crf.classIndex.get(k));
            }
        }
        return out;
    }

    private String weightedArgmax(CRFCliqueTree<String> tree, int i) {
        String best = null;
        double bestScore = -1;
        for (String label : tree.classIndex()) {
            double p = tree.prob(i, label);
            if (label.equals(crf.flags.backgroundSymbol)) {
                p *= outsideWeight;
            }
            if (p > bestScore) {
                bestScore = p;
                best = label;
            }
        }
        return best;
    }

    public static Path lexiconPath(Path model) {
        return model.resolveSibling(baseName(model.getFileName().toString()) + LEXICON_SUFFIX);
    }

    static String baseName(String modelFile) {
        return modelFile.endsWith(MODEL_SUFFIX)
                ? modelFile.substring(0, modelFile.length() - MODEL_SUFFIX.length()) : modelFile;
    }

    private static CRFClassifier<CoreLabel> load(Path model) {
        if (!Files.isRegularFile(model)) {
            throw new IllegalArgumentException("NER model " + model + " not found: train one with"
                    + " 'arner train' or give the path of an existing model");
        }
        try {
            return CRFClassifier.getClassifier(model.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + model, e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("NER model " + model + " is not a CoreNLP CRF model", e);
        }
    }

    private static WordFeatureLexicon loadLexicon(Path file) {
        return Files.isRegularFile(file) ? WordFeatureLexicon.read(file) : WordFeatureLexicon.empty();
    }
}
