package org.arabicner.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.arabicner.ner.Mention;
import org.arabicner.ner.TokenSpan;
import org.arabicner.train.ConllSentence;
import org.arabicner.ner.BioCodec;

/**
 * Scores any mention finder against gold CoNLL sentences. Sentences are rebuilt as text (words
 * joined by single spaces, sentences of a chunk separated by blank lines, which end sentences in
 * the pipeline), the finder runs on each chunk, and every predicted mention is mapped back onto the
 * gold words it touches by character offset: a mention covering part of a word covers that word
 * (الرقة inside والرقة). Scoring is entity-level exact match ({@link EntityScorer}).
 *
 * <p>Thread-safe when the finder is; chunks run on a small pool.
 */
public final class NerEvaluator {

    public static final int DEFAULT_CHUNK = 50;

    private final Function<String, List<Mention>> finder;
    private final int threads;
    private final int chunk;

    public NerEvaluator(Function<String, List<Mention>> finder, int threads, int chunk) {
        this.finder = finder;
        this.threads = Math.max(1, threads);
        this.chunk = Math.max(1, chunk);
    }

    public NerEvaluator(Function<String, List<Mention>> finder) {
        this(finder, 2, DEFAULT_CHUNK);
    }

    public Scores evaluate(List<ConllSentence> gold) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<EntityScorer>> parts = new ArrayList<>();
            for (int i = 0; i < gold.size(); i += chunk) {
                List<ConllSentence> part = gold.subList(i, Math.min(gold.size(), i + chunk));
                parts.add(pool.submit(() -> scoreChunk(part)));
            }
            EntityScorer total = new EntityScorer();
            for (Future<EntityScorer> f : parts) {
                total.addAll(f.get());
            }
            return total.scores();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    EntityScorer scoreChunk(List<ConllSentence> sentences) {
        StringBuilder text = new StringBuilder();
        List<int[]> wordStarts = new ArrayList<>();
        List<int[]> wordEnds = new ArrayList<>();
        for (ConllSentence s : sentences) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int[] starts = new int[s.size()];
            int[] ends = new int[s.size()];
            for (int w = 0; w < s.size(); w++) {
                if (w > 0) {
                    text.append(' ');
                }
                starts[w] = text.length();
                text.append(s.words().get(w));
                ends[w] = text.length();
            }
            wordStarts.add(starts);
            wordEnds.add(ends);
        }
        List<Mention> mentions = finder.apply(text.toString());
        List<List<TokenSpan>> predicted = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            predicted.add(new ArrayList<>());
        }
        for (Mention m : mentions) {
            place(m, wordStarts, wordEnds, predicted);
        }
        EntityScorer scorer = new EntityScorer();
        for (int i = 0; i < sentences.size(); i++) {
            scorer.addSpans(BioCodec.decode(sentences.get(i).tags()), predicted.get(i));
        }
        return scorer;
    }

    /** Maps a mention onto the words it overlaps, in the sentence where it starts. */
    static void place(Mention m, List<int[]> wordStarts, List<int[]> wordEnds, List<List<TokenSpan>> out) {
        for (int s = 0; s < wordStarts.size(); s++) {
            int[] starts = wordStarts.get(s);
            int[] ends = wordEnds.get(s);
            if (starts.length == 0 || m.start() >= ends[ends.length - 1] || m.end() <= starts[0]) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int w = 0; w < starts.length; w++) {
                if (starts[w] < m.end() && m.start() < ends[w]) {
                    if (first < 0) {
                        first = w;
                    }
                    last = w;
                }
            }
            if (first >= 0) {
                out.get(s).add(new TokenSpan(first, last + 1, m.type()));
            }
            return;
        }
    }
}
