package org.arabicner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.arabicner.corenlp.CrfTagger;
import org.arabicner.ner.MixtureTagger;
import org.arabicner.ner.TokenTag;
import org.arabicner.ner.neural.NeuralTagger;
import org.arabicner.train.LabelEncoding;
import org.arabicner.train.NeuralTrainer;
import org.arabicner.train.TaggedSentence;
import org.arabicner.train.TaggedSentenceCache;

/**
 * Training-time tool: span F1 on the held-out tenth of the cached segmented training sentences
 * for a neural model mixed with a CRF model at weights 0, 0.1, …, 1 (the neural share). Both
 * models must have been trained without the held-out part.
 * {@code MixTuning CACHE.tsv.gz NEURAL.bin.gz CRF.ser.gz [HOLDOUT]}.
 */
final class MixTuning {

    private MixTuning() {
    }

    public static void main(String[] args) {
        List<TaggedSentence> all = TaggedSentenceCache.read(Path.of(args[0]));
        double holdout = args.length > 3 ? Double.parseDouble(args[3]) : 0.1;
        int cut = (int) Math.round(all.size() * (1 - holdout));
        List<TaggedSentence> held = all.subList(cut, all.size()).stream().map(LabelEncoding::toInsideOutside).toList();
        NeuralTagger neural = NeuralTagger.load(Path.of(args[1]));
        CrfTagger crf = new CrfTagger(Path.of(args[2]));
        for (int w = 0; w <= 10; w++) {
            MixtureTagger mix = new MixtureTagger(neural, crf, w / 10.0);
            int[] counts = new int[3];
            for (TaggedSentence s : held) {
                List<String> predicted = mix.tag(s.tokens()).stream().map(TokenTag::label).toList();
                NeuralTrainer.count(NeuralTrainer.spans(s.labels()), NeuralTrainer.spans(predicted), counts);
            }
            double p = counts[0] / (double) Math.max(1, counts[0] + counts[1]);
            double r = counts[0] / (double) Math.max(1, counts[0] + counts[2]);
            System.out.printf(Locale.ROOT, "neural weight %.1f: span P %.2f R %.2f F1 %.2f%n", w / 10.0, 100 * p,
                    100 * r, 100 * (p + r == 0 ? 0 : 2 * p * r / (p + r)));
        }
    }
}
