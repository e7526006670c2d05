package org.arabicner.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arabicner.annotation.AnnotatedText;
import org.arabicner.annotation.Sentence;
import org.arabicner.annotation.Token;
import org.arabicner.ner.Mention;
import org.arabicner.text.CharSpan;
import org.arabicner.text.EntityType;

/** Test fixtures: whitespace-tokenised articles and mentions found by text, without CoreNLP. */
public final class Texts {

    private Texts() {
    }

    /** Splits on white space; a token ending in '.' ends a sentence. */
    public static AnnotatedText annotate(String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.group(), new CharSpan(m.start(), m.end()), "", false));
            if (m.group().endsWith(".")) {
                sentences.add(new Sentence(sentences.size(), tokens));
                tokens = new ArrayList<>();
            }
        }
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(sentences.size(), tokens));
        }
        return new AnnotatedText(text, sentences);
    }

    /** The {@code nth} (0-based) occurrence of {@code name} in {@code text} as a mention. */
    public static Mention mention(String text, String name, int nth, EntityType type) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(name, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException(name + " occurs fewer than " + (nth + 1) + " times");
            }
        }
        AnnotatedText a = annotate(text);
        int sentence = 0;
        for (Sentence s : a.sentences()) {
            if (s.tokens().get(0).start() <= at) {
                sentence = s.index();
            }
        }
        return new Mention(new CharSpan(at, at + name.length()), name, type, sentence, 0.9);
    }
}
