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
 * The neural NER tagger: a {@link WindowNetwork} over {@link SubwordEmbeddings} and the CRF's
 * word-feature lexicon, in plain Java (no native library, nothing to download). Each token takes
 * its most probable label (IO labels, so any sequence is valid and {@link org.arabicner.ner.BioCodec}
 * decodes it), with that probability.
 *
 * <p>A model file ({@code NAME.bin.gz}) names the embeddings file and the lexicon it was trained
 * with; both are looked up beside it (or beside it on the classpath).
 *
 * <p>Thread-safe: the network, embeddings and lexicon are only read after loading.
 */
public final class NeuralTagger implements ProbabilisticTagger {

    /** The shipped model's file name under classpath {@code /org/arabicner/models/}. */
    public static final String DEFAULT_MODEL = "arabic-ner-neural.bin.gz";
    private static final String CLASSPATH_DIR = "/org/arabicner/models/";

    private final WindowNetwork network;
    private final SubwordEmbeddings embeddings;
    private final WordFeatureLexicon lexicon;
    private final String embeddingsFile;
    private final String lexiconFile;

    public NeuralTagger(WindowNetwork network, SubwordEmbeddings embeddings, String embeddingsFile,
                        WordFeatureLexicon lexicon, String lexiconFile) {
        if (network.wordDim != embeddings.dim()) {
            throw new IllegalArgumentException("network expects " + network.wordDim + "-d word vectors, embeddings have "
                    + embeddings.dim());
        }
        this.network = network;
        this.embeddings = embeddings;
        this.embeddingsFile = embeddingsFile;
        this.lexicon = lexicon;
        this.lexiconFile = lexiconFile;
    }

    /** The sentence as the network sees it. */
    public WindowNetwork.Encoded encode(List<Token> sentence) {
        TokenFeatures[] f = TokenFeatures.of(sentence, lexicon);
        float[][] v = new float[f.length][];
        for (int i = 0; i < f.length; i++) {
            v[i] = embeddings.vector(f[i].key());
        }
        return network.encode(f, v);
    }

    @Override
    public double[][] probabilities(List<Token> sentence) {
        return network.probabilities(encode(sentence));
    }

    @Override
    public List<String> labels() {
        return network.labels();
    }

    @Override
    public List<TokenTag> tag(List<Token> sentence) {
        return MixtureTagger.argmax(probabilities(sentence), network.labels());
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
            WindowNetwork net = WindowNetwork.read(in);
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
            WindowNetwork net = WindowNetwork.read(in);
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
