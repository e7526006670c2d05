package org.arabicner.ner.neural;

import java.util.List;
import org.arabicner.annotation.Token;
import org.arabicner.ner.WordFeatureLexicon;
import org.arabicner.text.Names;
import org.arabicner.text.ArabicNormalizer;

/**
 * What the neural tagger sees of one token, the same way at training and at tagging time: the
 * subword vector of the normalised segmenter form, and four symbolic features the CRF found useful
 * (POS, word cluster, gazetteer class, a word shape), each later mapped to a small learnt
 * embedding. Stateless and thread-safe.
 *
 * @param key     the normalised segmenter form (the embeddings' lookup key)
 * @param pos     the POS tag, {@code UNK} when none
 * @param cluster the word cluster, {@code -} when unknown
 * @param gaz     the gazetteer class, {@code -} when none
 * @param shape   a coarse shape: length band, definite article, digits, Latin letters, punctuation
 */
public record TokenFeatures(String key, String pos, String cluster, String gaz, String shape) {

    static final String NONE = "-";

    /** The features of every token of a sentence. */
    public static TokenFeatures[] of(List<Token> sentence, WordFeatureLexicon lexicon) {
        TokenFeatures[] out = new TokenFeatures[sentence.size()];
        for (int i = 0; i < out.length; i++) {
            Token t = sentence.get(i);
            String key = ArabicNormalizer.normalize(t.word()).replace(" ", "");
            if (key.isEmpty()) {
                key = t.text();
            }
            String bare = Names.withoutArticle(key);
            final String k = key;
            String cluster = lexicon.cluster(k).or(() -> lexicon.cluster(bare)).orElse(NONE);
            String gaz = lexicon.gazetteer(k).or(() -> lexicon.gazetteer(bare)).orElse(NONE);
            out[i] = new TokenFeatures(key, t.pos().isEmpty() ? "UNK" : t.pos(), cluster, gaz,
                    shape(key, !bare.equals(key)));
        }
        return out;
    }

    private static String shape(String key, boolean article) {
        int len = key.codePointCount(0, key.length());
        boolean digit = false;
        boolean latin = false;
        boolean letter = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            digit |= Character.isDigit(c);
            latin |= c < 0x80 && Character.isLetter(c);
            letter |= Character.isLetter(c);
        }
        String band = len <= 1 ? "1" : len <= 3 ? "3" : len <= 5 ? "5" : len <= 8 ? "8" : "9";
        return band + (article ? "a" : "") + (digit ? "d" : "") + (latin ? "l" : "") + (letter ? "" : "p");
    }
}
