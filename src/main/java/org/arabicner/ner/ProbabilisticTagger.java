package org.arabicner.ner;

import java.util.List;
import org.arabicner.annotation.Token;

/** A {@link SequenceTagger} that also gives every label's probability for every token. */
public interface ProbabilisticTagger extends SequenceTagger {

    /** The labels, in the column order of {@link #probabilities}; {@link TokenTag#OUTSIDE} for none. */
    List<String> labels();

    /** One row per token: the probability of each of {@link #labels()}. */
    double[][] probabilities(List<Token> sentence);
}
