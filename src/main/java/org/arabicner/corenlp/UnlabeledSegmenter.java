package org.arabicner.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.arabicner.text.ArabicNormalizer;

/**
 * Training-time tool: segments unlabeled text with the same CoreNLP Arabic segmenter the pipeline
 * uses (no POS, which embeddings do not need) and writes one sentence a line of
 * {@link ArabicNormalizer#normalize normalised} segmenter tokens, the form the neural tagger looks
 * its word vectors up by. Not thread-safe; one instance per job.
 */
public final class UnlabeledSegmenter {

    private final StanfordCoreNLP pipeline;

    public UnlabeledSegmenter() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "ar");
        p.setProperty("segment.model", CoreNlpAnnotator.SEGMENTER_MODEL);
        p.setProperty("ssplit.boundaryTokenRegex", "[.]|[!?]+|[!\u061F]+");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        pipeline = new StanfordCoreNLP(p, false);
    }

    /**
     * Segments the lines of {@code inputs} (gzip text, one paragraph a line), {@code skipLines}
     * first lines of each skipped, until {@code maxWords} input words are read; writes gzip text.
     * Returns the number of tokens written.
     */
    public long segment(List<Path> inputs, long maxWords, Path out, PrintStream log) throws IOException {
        long words = 0;
        long tokens = 0;
        long t0 = System.nanoTime();
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
            StringBuilder batch = new StringBuilder();
            outer:
            for (Path in : inputs) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(in)), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        line = line.strip();
                        if (line.isEmpty()) {
                            continue;
                        }
                        batch.append(line).append('\n');
                        words += line.split("\\s+").length;
                        if (batch.length() > 20_000) {
                            tokens += flush(batch, w);
                            log.printf("segment: %d words in, %d tokens out, %.0f words/s%n", words, tokens,
                                    words / ((System.nanoTime() - t0) / 1e9));
                        }
                        if (words >= maxWords) {
                            break outer;
                        }
                    }
                }
            }
            tokens += flush(batch, w);
        }
        log.printf("segment: done, %d words in, %d tokens out, %.0f s%n", words, tokens,
                (System.nanoTime() - t0) / 1e9);
        return tokens;
    }

    private long flush(StringBuilder batch, BufferedWriter w) throws IOException {
        if (batch.length() == 0) {
            return 0;
        }
        Annotation doc = new Annotation(batch.toString());
        batch.setLength(0);
        pipeline.annotate(doc);
        long n = 0;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            StringBuilder line = new StringBuilder();
            for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String k = ArabicNormalizer.normalize(l.word()).replaceAll("\\s+", "");
                if (k.isEmpty()) {
                    continue;
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(k);
                n++;
            }
            if (line.length() > 0) {
                w.write(line.toString());
                w.write('\n');
            }
        }
        return n;
    }

    /** {@code UnlabeledSegmenter OUT.gz MAX_WORDS IN.gz…} */
    public static void main(String[] args) throws IOException {
        List<Path> in = java.util.Arrays.stream(args).skip(2).map(Path::of).toList();
        new UnlabeledSegmenter().segment(in, Long.parseLong(args[1]), Path.of(args[0]), System.err);
    }
}
