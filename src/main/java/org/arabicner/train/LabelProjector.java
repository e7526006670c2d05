package org.arabicner.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.arabicner.annotation.Token;
import org.arabicner.ner.BioCodec;
import org.arabicner.ner.TokenSpan;
import org.arabicner.ner.TokenTag;

/**
 * Moves word-level gold labels onto the segmenter's tokens, so the model is trained on what the
 * pipeline tags at run time. A name's tokens run from the stem of its first word to the stem of
 * its last: clitics before the first stem ({@code و|ب} in {@code وبالرقة}) and after the last one
 * (pronoun suffixes) become {@code O}, clitics inside a multi-word name stay inside it. The stem of
 * a word is its longest token (clitics have one to three letters). Labels come out as clean BIO.
 * Stateless and thread-safe.
 */
public final class LabelProjector {

    private LabelProjector() {
    }

    /**
     * @param sentence the gold sentence, whose words stand in the annotated text joined by single
     *                 spaces starting at {@code base}
     * @param tokens   the segmenter's tokens of that stretch of text, in order, offsets into the
     *                 annotated text
     */
    public static TaggedSentence project(ConllSentence sentence, int base, List<Token> tokens) {
        int n = sentence.size();
        int[] wordStart = new int[n];
        int[] wordEnd = new int[n];
        int pos = base;
        for (int w = 0; w < n; w++) {
            wordStart[w] = pos;
            wordEnd[w] = pos + sentence.words().get(w).length();
            pos = wordEnd[w] + 1;
        }
        // the stem token of each word, or -1 when the segmenter left nothing of it
        int[] stem = new int[n];
        java.util.Arrays.fill(stem, -1);
        int w = 0;
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            while (w < n && wordEnd[w] <= token.start()) {
                w++;
            }
            if (w == n) {
                break;
            }
            if (token.start() < wordStart[w]) {
                continue; // between words: cannot happen with single-space joins
            }
            if (stem[w] < 0 || token.end() - token.start() > length(tokens.get(stem[w]))) {
                stem[w] = t;
            }
        }
        List<String> labels = new ArrayList<>(Collections.nCopies(tokens.size(), TokenTag.OUTSIDE));
        for (TokenSpan name : BioCodec.decode(sentence.tags())) {
            int first = -1;
            int last = -1;
            for (int i = name.start(); i < name.end(); i++) {
                if (stem[i] >= 0) {
                    if (first < 0) {
                        first = stem[i];
                    }
                    last = stem[i];
                }
            }
            if (first < 0) {
                continue;
            }
            labels.set(first, "B-" + name.type());
            for (int t = first + 1; t <= last; t++) {
                labels.set(t, "I-" + name.type());
            }
        }
        return new TaggedSentence(tokens, labels);
    }

    private static int length(Token t) {
        return t.end() - t.start();
    }
}
