package org.arabicner.train;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arabicner.annotation.Sentence;
import org.arabicner.annotation.TextAnnotator;
import org.arabicner.annotation.Token;
import org.arabicner.ner.BioCodec;
import org.arabicner.ner.SequenceTagger;
import org.arabicner.ner.TokenSpan;
import org.arabicner.ner.TokenTag;

/**
 * Self-training data: sentences of unlabelled articles labelled by a trained tagger, kept only where
 * the tagger is sure of every token and finds at least one name (sentences without names add
 * little but {@code O}, of which the training data has plenty).
 *
 * <p>The articles are picked evenly over a corpus, leaving out those an evaluation scores (and their
 * near-duplicates: agencies' stories are reprinted), so that self-training never reads the text of
 * an evaluated article. Stateless; thread-safe when the annotator and tagger are.
 */
public final class SelfTraining {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    /** Share of an article's word 4-grams found in protected articles that makes it a near-duplicate (docs/train/README.md's rule). */
    public static final double NEAR_DUPLICATE_SHARE = 0.2;

    private SelfTraining() {
    }

    /**
     * The indices of {@code count} articles spread evenly over {@code corpus} (index → text), none of
     * which is in {@code excluded} or finds {@link #NEAR_DUPLICATE_SHARE} of its word 4-grams in the
     * articles of {@code protectedTexts} (all of them together: stricter than pair by pair).
     */
    public static List<Integer> pickArticles(Map<Integer, String> corpus, Set<Integer> excluded,
                                             Collection<String> protectedTexts, int count) {
        Set<String> protectedGrams = new HashSet<>();
        for (String t : protectedTexts) {
            protectedGrams.addAll(fourGrams(t));
        }
        List<Integer> candidates = new ArrayList<>();
        for (Map.Entry<Integer, String> e : corpus.entrySet()) {
            if (excluded.contains(e.getKey())) {
                continue;
            }
            Set<String> grams = fourGrams(e.getValue());
            if (grams.isEmpty()) {
                continue;
            }
            long shared = grams.stream().filter(protectedGrams::contains).count();
            if (shared < NEAR_DUPLICATE_SHARE * grams.size()) {
                candidates.add(e.getKey());
            }
        }
        List<Integer> out = new ArrayList<>();
        int n = Math.min(count, candidates.size());
        for (int i = 0; i < n; i++) {
            out.add(candidates.get((int) ((long) i * candidates.size() / n)));
        }
        return out;
    }

    /**
     * The sentences of {@code texts} as {@code tagger} labels them (BIO), kept when every token's
     * label has probability at least {@code minProbability} and the sentence holds a name.
     */
    public static List<TaggedSentence> label(List<String> texts, TextAnnotator annotator, SequenceTagger tagger,
                                             double minProbability) {
        List<TaggedSentence> out = new ArrayList<>();
        for (String text : texts) {
            for (Sentence s : annotator.annotate(text).sentences()) {
                List<Token> tokens = s.tokens();
                if (tokens.isEmpty()) {
                    continue;
                }
                List<TokenTag> tags = tagger.tag(tokens);
                List<TokenSpan> names = BioCodec.decodeTags(tags);
                boolean sure = tags.stream().allMatch(t -> t.probability() >= minProbability);
                if (sure && !names.isEmpty()) {
                    out.add(new TaggedSentence(tokens, BioCodec.encode(tokens.size(), names)));
                }
            }
        }
        return out;
    }

    private static Set<String> fourGrams(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 4 <= words.size(); i++) {
            grams.add(String.join(" ", words.subList(i, i + 4)));
        }
        return grams;
    }
}
