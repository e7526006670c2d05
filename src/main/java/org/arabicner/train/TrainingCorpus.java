package org.arabicner.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.arabicner.annotation.AnnotatedText;
import org.arabicner.annotation.Sentence;
import org.arabicner.annotation.TextAnnotator;
import org.arabicner.annotation.Token;

/**
 * Turns gold CoNLL sentences into training examples on the segmenter's tokens: sentences are
 * annotated in chunks (one text, sentences separated by blank lines, which the annotator treats
 * as sentence breaks) on a few threads, and each gold sentence gets the tokens that fall inside
 * it, whatever sentence the splitter put them in. Thread-safe when the annotator is.
 */
public final class TrainingCorpus {

    /** Gold sentences per annotated text: big enough to amortise per-call cost. */
    public static final int CHUNK = 50;
    static final String SEPARATOR = "\n\n";

    private final TextAnnotator annotator;
    private final int threads;

    public TrainingCorpus(TextAnnotator annotator, int threads) {
        this.annotator = annotator;
        this.threads = Math.max(1, threads);
    }

    public List<TaggedSentence> project(List<ConllSentence> gold) {
        List<List<ConllSentence>> chunks = new ArrayList<>();
        for (int i = 0; i < gold.size(); i += CHUNK) {
            chunks.add(gold.subList(i, Math.min(gold.size(), i + CHUNK)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<TaggedSentence>>> futures = new ArrayList<>();
            for (List<ConllSentence> chunk : chunks) {
                futures.add(pool.submit(() -> projectChunk(chunk)));
            }
            List<TaggedSentence> out = new ArrayList<>(gold.size());
            for (Future<List<TaggedSentence>> f : futures) {
                out.addAll(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while segmenting training data", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("segmenting training data failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    List<TaggedSentence> projectChunk(List<ConllSentence> chunk) {
        StringBuilder text = new StringBuilder();
        int[] base = new int[chunk.size()];
        for (int i = 0; i < chunk.size(); i++) {
            if (i > 0) {
                text.append(SEPARATOR);
            }
            base[i] = text.length();
            text.append(chunk.get(i).text());
        }
        AnnotatedText annotated = annotator.annotate(text.toString());
        List<Token> all = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            all.addAll(s.tokens());
        }
        List<TaggedSentence> out = new ArrayList<>(chunk.size());
        int t = 0;
        for (int i = 0; i < chunk.size(); i++) {
            int end = base[i] + chunk.get(i).text().length();
            List<Token> tokens = new ArrayList<>();
            while (t < all.size() && all.get(t).start() < end) {
                if (all.get(t).start() >= base[i]) {
                    tokens.add(all.get(t));
                }
                t++;
            }
            out.add(LabelProjector.project(chunk.get(i), base[i], tokens));
        }
        return out;
    }
}
