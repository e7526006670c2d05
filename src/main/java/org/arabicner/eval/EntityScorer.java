package org.arabicner.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arabicner.ner.BioCodec;
import org.arabicner.ner.TokenSpan;

/**
 * Entity-level exact-match scoring with conlleval's semantics: a predicted name counts only when
 * its span and type both equal a gold name's; spans are read from BIO/IO labels by
 * {@link BioCodec#decode} (a name starts at {@code B-X} or at an {@code I-X} that does not continue
 * an {@code X}). Accumulates over sentences. Not thread-safe: one scorer per evaluation thread, or
 * add under a lock.
 */
public final class EntityScorer {

    private final Map<String, int[]> counts = new HashMap<>();

    /** Adds one sentence given as gold and predicted labels of the same words. */
    public void add(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predicted");
        }
        addSpans(BioCodec.decode(gold), BioCodec.decode(predicted));
    }

    /** Adds one sentence given as gold and predicted word spans. */
    public void addSpans(List<TokenSpan> gold, List<TokenSpan> predicted) {
        Set<TokenSpan> goldSet = new HashSet<>(gold);
        for (TokenSpan p : predicted) {
            int[] c = counts.computeIfAbsent(p.type().name(), k -> new int[3]);
            if (goldSet.remove(p)) {
                c[0]++;
            } else {
                c[1]++;
            }
        }
        for (TokenSpan g : goldSet) {
            counts.computeIfAbsent(g.type().name(), k -> new int[3])[2]++;
        }
    }

    public void addAll(EntityScorer other) {
        other.counts.forEach((k, v) -> {
            int[] c = counts.computeIfAbsent(k, x -> new int[3]);
            for (int i = 0; i < 3; i++) {
                c[i] += v[i];
            }
        });
    }

    public Scores scores() {
        Map<String, Counts> types = new HashMap<>();
        Counts micro = Counts.ZERO;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            Counts c = new Counts(e.getValue()[0], e.getValue()[1], e.getValue()[2]);
            types.put(e.getKey(), c);
            micro = micro.plus(c);
        }
        return new Scores(micro, types);
    }
}
