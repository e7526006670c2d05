package org.arabicner.ner.neural;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.arabicner.ner.TokenTag;

/**
 * A trained network that labels one sentence from what {@link NeuralTagger} gives it: the tokens'
 * {@link TokenFeatures} and their subword vectors. Implementations only read their parameters
 * when tagging, so they are thread-safe after training.
 */
public interface SentenceNetwork {

    /** The size of the word vectors this network was trained with. */
    int wordDim();

    /** The columns of {@link #probabilities}: {@link TokenTag#OUTSIDE} and IO labels ({@code I-TYPE}). */
    List<String> labels();

    /** Per token, the probability of each of {@link #labels()}. */
    double[][] probabilities(TokenFeatures[] features, float[][] vectors);

    /** The network's best label sequence, with each label's probability. */
    List<TokenTag> tag(TokenFeatures[] features, float[][] vectors);

    /**
     * A fingerprint of the embeddings the network was trained with ({@link SubwordEmbeddings#fingerprint()}),
     * or 0 when the model file does not record one.
     */
    long embeddingsFingerprint();

    /** Writes the network (its own header first). */
    void write(DataOutputStream out) throws IOException;
}
