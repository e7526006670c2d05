package org.arabicner.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.arabicner.annotation.Token;
import org.arabicner.ner.WordFeatureLexicon;
import org.arabicner.text.ArabicNormalizer;
import org.arabicner.text.Names;

/**
 * Builds the {@link CoreLabel}s the CRF sees from the project's tokens, the same way for training
 * and tagging: word = the segmenter's form {@link ArabicNormalizer#normalize normalised}, tag = POS,
 * lemma = the word without its definite article, distSim = the word's cluster ({@code null} class
 * when unknown), gaz = its gazetteer class (unset when none). Setting distSim and gaz here keeps
 * CoreNLP from loading lexicons of its own. Stateless and thread-safe.
 */
public final class CrfFeatureLabels {

    static final String UNKNOWN_CLUSTER = "null";

    private CrfFeatureLabels() {
    }

    static List<CoreLabel> of(List<Token> tokens, WordFeatureLexicon lexicon) {
        List<CoreLabel> out = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            String word = ArabicNormalizer.normalize(token.word());
            if (word.isEmpty()) {
                word = token.text();
            }
            CoreLabel label = new CoreLabel();
            label.setWord(word);
            label.setValue(word);
            label.setOriginalText(token.text());
            label.setTag(token.pos().isEmpty() ? "UNK" : token.pos());
            String bare = Names.withoutArticle(word);
            label.setLemma(bare);
            String cluster = lexicon.cluster(word).or(() -> lexicon.cluster(bare)).orElse(UNKNOWN_CLUSTER);
            label.set(CoreAnnotations.DistSimAnnotation.class, cluster);
            lexicon.gazetteer(word).or(() -> lexicon.gazetteer(bare))
                    .ifPresent(g -> label.set(CoreAnnotations.GazAnnotation.class, g));
            out.add(label);
        }
        return out;
    }

    /** The labels for training: {@link #of(List, WordFeatureLexicon)} with the gold answers set (used by {@code corenlp.train}). */
    public static List<CoreLabel> of(List<Token> tokens, List<String> answers, WordFeatureLexicon lexicon) {
        List<CoreLabel> out = of(tokens, lexicon);
        for (int i = 0; i < out.size(); i++) {
            out.get(i).set(CoreAnnotations.AnswerAnnotation.class, answers.get(i));
            out.get(i).set(CoreAnnotations.GoldAnswerAnnotation.class, answers.get(i));
        }
        return out;
    }
}
