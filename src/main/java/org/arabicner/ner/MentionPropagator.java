package org.arabicner.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arabicner.annotation.AnnotatedText;
import org.arabicner.annotation.Sentence;
import org.arabicner.annotation.Token;
import org.arabicner.text.ArabicNormalizer;
import org.arabicner.text.CharSpan;

/**
 * Document-level label consistency: a name the tagger found confidently once in an article is a
 * name wherever its exact token sequence recurs in that article, when the tagger missed it there
 * (names are often introduced in a clear context and repeated in a vaguer one). Existing mentions
 * are never changed; added ones do not overlap any. Stateless and thread-safe.
 */
public final class MentionPropagator {

    private final double minConfidence;

    /** @param minConfidence mentions below this probability are not propagated */
    public MentionPropagator(double minConfidence) {
        this.minConfidence = minConfidence;
    }

    public List<Mention> propagate(AnnotatedText article, List<Mention> mentions) {
        Map<List<String>, Mention> names = new HashMap<>();
        List<boolean[]> covered = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            covered.add(new boolean[s.tokens().size()]);
        }
        for (Mention m : mentions) {
            Sentence s = article.sentences().get(m.sentence());
            List<String> key = new ArrayList<>();
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                if (m.span().contains(t.span())) {
                    key.add(ArabicNormalizer.normalize(t.word()));
                    covered.get(m.sentence())[i] = true;
                }
            }
            if (!key.isEmpty() && m.confidence() >= minConfidence && key.stream().anyMatch(w -> w.length() > 2)) {
                names.merge(key, m, (a, b) -> a.confidence() >= b.confidence() ? a : b);
            }
        }
        if (names.isEmpty()) {
            return mentions;
        }
        List<List<String>> keys = new ArrayList<>(names.keySet());
        keys.sort(Comparator.comparingInt((List<String> k) -> -k.size()));
        List<Mention> out = new ArrayList<>(mentions);
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            boolean[] used = covered.get(s.index());
            for (int i = 0; i < tokens.size(); i++) {
                for (List<String> key : keys) {
                    if (matches(tokens, used, i, key)) {
                        Mention src = names.get(key);
                        CharSpan span = new CharSpan(tokens.get(i).start(), tokens.get(i + key.size() - 1).end());
                        out.add(new Mention(span, span.cut(article.text()), src.type(), s.index(),
                                src.confidence() * 0.9));
                        for (int j = i; j < i + key.size(); j++) {
                            used[j] = true;
                        }
                        break;
                    }
                }
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    private static boolean matches(List<Token> tokens, boolean[] used, int at, List<String> key) {
        if (at + key.size() > tokens.size()) {
            return false;
        }
        for (int j = 0; j < key.size(); j++) {
            if (used[at + j] || !ArabicNormalizer.normalize(tokens.get(at + j).word()).equals(key.get(j))) {
                return false;
            }
        }
        return true;
    }
}
