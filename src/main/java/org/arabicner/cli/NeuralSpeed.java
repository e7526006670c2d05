package org.arabicner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.arabicner.ner.neural.NeuralTagger;
import org.arabicner.train.TaggedSentence;
import org.arabicner.train.TaggedSentenceCache;

/**
 * Training-time tool: tokens per second of a neural tagger alone (features, vectors, network and
 * decoding; no segmenter), one thread, over the held-out tenth of the cached segmented training
 * sentences: one warm-up pass, then {@code ROUNDS} timed passes, median reported.
 * {@code NeuralSpeed CACHE.tsv.gz MODEL.bin.gz [ROUNDS]}.
 */
final class NeuralSpeed {

    private NeuralSpeed() {
    }

    public static void main(String[] args) {
        List<TaggedSentence> all = TaggedSentenceCache.read(Path.of(args[0]));
        List<TaggedSentence> held = all.subList((int) Math.round(all.size() * 0.9), all.size());
        NeuralTagger tagger = NeuralTagger.load(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long tokens = held.stream().mapToLong(s -> s.tokens().size()).sum();
        List<Double> rates = new ArrayList<>();
        long sink = 0;
        for (int r = 0; r <= rounds; r++) {
            long t0 = System.nanoTime();
            for (TaggedSentence s : held) {
                sink += tagger.tag(s.tokens()).size();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            if (r > 0) {
                rates.add(tokens / secs);
            }
        }
        double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%d tokens a pass (%d checked), tokens/s per round %s, median %.0f%n", tokens,
                sink, Arrays.toString(rates.stream().mapToLong(Math::round).toArray()), sorted[sorted.length / 2]);
    }
}
