package org.arabicner.ner.neural;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.arabicner.annotation.Token;
import org.arabicner.ner.MixtureTagger;
import org.arabicner.ner.ProbabilisticTagger;
import org.arabicner.ner.TokenTag;
import org.arabicner.ner.WordFeatureLexicon;

/**
 * The neural NER tagger: a {@link SentenceNetwork} — the {@link BiLstmCrf} or the older
 * {@link WindowNetwork}, whichever the model file holds — over {@link SubwordEmbeddings} and the
 * CRF's word-feature lexicon, in plain Java (no native library, nothing to download).
 * {@link #probabilities} gives IO-label probabilities (for {@link MixtureTagger}); {@link #tag}
 * gives the network's own best labels (BIO from the BiLSTM-CRF's Viterbi path, IO from the window
 * network), which {@link org.arabicner.ner.BioCodec} decodes alike.
 *
 * <p>A model file ({@code NAME.bin.gz}) names the embeddings file and the lexicon it was trained
 * with; both are looked up beside it (or beside it on the classpath). A BiLSTM-CRF model also
 * records the embeddings' fingerprint, and refuses other vectors with an error saying so.
 *
 * <p>Thread-safe: the network, embeddings and lexicon are only read after loading.
 */
public final class NeuralTagger implements ProbabilisticTagger {

    /** The shipped model's file name under classpath {@code /org/arabicner/models/}. */
    public static final String DEFAULT_MODEL = "arabic-ner-neural.bin.gz";
    private static final String CLASSPATH_DIR = "/org/arabicner/models/";

    private final SentenceNetwork network;
    private final SubwordEmbeddings embeddings;
    private final WordFeatureLexicon lexicon;
    private final String embeddingsFile;
    private final String lexiconFile;

    public NeuralTagger(SentenceNetwork network, SubwordEmbeddings embeddings, String embeddingsFile,
                        WordFeatureLexicon lexicon, String lexiconFile) {
        if (network.wordDim() != embeddings.dim()) {
            throw new IllegalArgumentException("the neural model was trained with " + network.wordDim()
                    + "-d word vectors but " + embeddingsFile + " holds " + embeddings.dim() + "-d ones: retrain it"
                    + " on these embeddings ('arner train --tagger neural --embeddings " + embeddingsFile
                    + "') or put back the embeddings it was trained with");
        }
        if (network.embeddingsFingerprint() != 0 && network.embeddingsFingerprint() != embeddings.fingerprint()) {
            throw new IllegalArgumentException("the neural model was trained with other word vectors than those in "
                    + embeddingsFile + " (same size, different fingerprint): retrain it on these embeddings"
                    + " ('arner train --tagger neural --embeddings " + embeddingsFile + "') or put back the"
                    + " embeddings it was trained with");
        }
        this.network = network;
        this.embeddings = embeddings;
        this.embeddingsFile = embeddingsFile;
        this.lexicon = lexicon;
        this.lexiconFile = lexiconFile;
    }

    /** The network this tagger runs. */
    public SentenceNetwork network() {
        return network;
    }

    /** What the network sees of a sentence's tokens. */
    public TokenFeatures[] features(List<Token> sentence) {
        return TokenFeatures.of(sentence, lexicon);
    }

    /** The subword vectors of {@code features}' keys. */
    public float[][] vectors(TokenFeatures[] features) {
        float[][] v = new float[features.length][];
        for (int i = 0; i < features.length; i++) {
            v[i] = embeddings.vector(features[i].key());
        }
        return v;
    }

    @Override
    public double[][] probabilities(List<Token> sentence) {
        TokenFeatures[] f = features(sentence);
        return network.probabilities(f, vectors(f));
    }

    @Override
    public List<String> labels() {
        return network.labels();
    }

    @Override
    public List<TokenTag> tag(List<Token> sentence) {
        TokenFeatures[] f = features(sentence);
        return network.tag(f, vectors(f));
    }

    /** Writes the network and the names of its embeddings and lexicon files (gzip). */
    public void write(Path model) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(model))))) {
            out.writeUTF(embeddingsFile);
            out.writeUTF(lexiconFile);
            network.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write neural model " + model, e);
        }
    }

    /** Loads a model file and the embeddings and lexicon files beside it. */
    public static NeuralTagger load(Path model) {
        if (!Files.isRegularFile(model)) {
            throw new IllegalArgumentException("neural NER model " + model + " not found: train one with"
                    + " 'arner train --tagger neural' or give the path of an existing model");
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(model))))) {
            String emb = in.readUTF();
            String lex = in.readUTF();
            SentenceNetwork net = readNetwork(in);
            Path embPath = model.resolveSibling(emb);
            Path lexPath = model.resolveSibling(lex);
            SubwordEmbeddings e;
            try (InputStream es = Files.newInputStream(embPath)) {
                e = SubwordEmbeddings.read(es);
            }
            WordFeatureLexicon l = Files.isRegularFile(lexPath) ? WordFeatureLexicon.read(lexPath)
                    : WordFeatureLexicon.empty();
            return new NeuralTagger(net, e, emb, l, lex);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read neural NER model " + model + " (or the files it names)", e);
        }
    }

    /** The shipped model, from the classpath. */
    public static NeuralTagger withDefaultModel() {
        String resource = CLASSPATH_DIR + DEFAULT_MODEL;
        try (InputStream raw = NeuralTagger.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("neural NER model " + resource + " is not on the classpath:"
                        + " run 'arner train --tagger neural' or put the model in models/");
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
            String emb = in.readUTF();
            String lex = in.readUTF();
            SentenceNetwork net = readNetwork(in);
            SubwordEmbeddings e;
            try (InputStream es = resource(emb)) {
                e = SubwordEmbeddings.read(es);
            }
            WordFeatureLexicon l;
            try (InputStream ls = resource(lex)) {
                l = WordFeatureLexicon.read(new BufferedInputStream(ls));
            }
            return new NeuralTagger(net, e, emb, l, lex);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read neural NER model " + resource, e);
        }
    }

    /** Reads a network of either kind, by its header. */
    static SentenceNetwork readNetwork(DataInputStream in) throws IOException {
        String magic = in.readUTF();
        return switch (magic) {
            case BiLstmCrf.MAGIC -> BiLstmCrf.readBody(in);
            case WindowNetwork.MAGIC -> WindowNetwork.readBody(in);
            default -> throw new IOException("not an arabic-ner neural model (header '" + magic + "')");
        };
    }

    private static InputStream resource(String file) throws IOException {
        InputStream in = NeuralTagger.class.getResourceAsStream(CLASSPATH_DIR + file);
        if (in == null) {
            throw new IOException(CLASSPATH_DIR + file + " is not on the classpath");
        }
        return in;
    }

    /** Writes only the network part to {@code out} (tests compare round trips). */
    void writeNetwork(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        network.write(d);
        d.flush();
    }
}
