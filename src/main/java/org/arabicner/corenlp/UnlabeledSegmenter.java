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
import java.util.ArrayDeque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.arabicner.text.ArabicNormalizer;

/**
 * Training-time tool: segments unlabeled text with the same CoreNLP Arabic segmenter the pipeline
 * uses (no POS, which embeddings do not need) and writes one sentence a line of
 * {@link ArabicNormalizer#normalize normalised} segmenter tokens, the form the neural tagger looks
 * its word vectors up by. Batches are segmented on {@code threads} threads, each with its own
 * CoreNLP pipeline, and written in input order, so the output does not depend on the thread count.
 * Not thread-safe; one instance per job.
 */
public final class UnlabeledSegmenter {

    /** Characters of input text a batch holds (about 3,500 words). */
    private static final int BATCH_CHARS = 20_000;

    private final int threads;
    private final BlockingQueue<StanfordCoreNLP> pipelines;

    public UnlabeledSegmenter(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.pipelines = new ArrayBlockingQueue<>(threads);
        for (int i = 0; i < threads; i++) {
            pipelines.add(newPipeline());
        }
    }

    private static StanfordCoreNLP newPipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "ar");
        p.setProperty("segment.model", CoreNlpAnnotator.SEGMENTER_MODEL);
        p.setProperty("ssplit.boundaryTokenRegex", "[.]|[!?]+|[!\u061F]+");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return new StanfordCoreNLP(p, false);
    }

    /** A segmented batch: its output lines and how many tokens they hold. */
    private record Segmented(String text, long tokens) {}

    /**
     * Segments the lines of {@code inputs} (gzip text, one paragraph a line) until {@code maxWords}
     * input words are read; writes gzip text. Returns the number of tokens written.
     */
    public long segment(List<Path> inputs, long maxWords, Path out, PrintStream log) throws IOException {
        return segment(inputs, maxWords, Long.MAX_VALUE, out, log);
    }

    /**
     * As {@link #segment(List, long, Path, PrintStream)}, but stops reading at the first batch
     * boundary after {@code maxSeconds}; the words read by then are logged, and giving that count
     * as {@code maxWords} reproduces the same output without the time limit.
     */
    public long segment(List<Path> inputs, long maxWords, long maxSeconds, Path out, PrintStream log)
            throws IOException {
        long words = 0;
        long tokens = 0;
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ArrayDeque<Future<Segmented>> pending = new ArrayDeque<>();
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
            StringBuilder batch = new StringBuilder();
            long batches = 0;
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
                        if (batch.length() > BATCH_CHARS) {
                            String text = batch.toString();
                            batch.setLength(0);
                            pending.add(pool.submit(() -> segmentBatch(text)));
                            // Keep a few batches in flight; write the oldest first, preserving order.
                            while (pending.size() > 2 * threads) {
                                tokens += write(pending.poll(), w);
                            }
                            if ((System.nanoTime() - t0) / 1e9 > maxSeconds) {
                                log.printf("segment: time limit of %d s reached after %d words; MAX_WORDS %d"
                                        + " reproduces this output%n", maxSeconds, words, words);
                                break outer;
                            }
                            if (++batches % 20 == 0) {
                                log.printf("segment: %d words in, %d tokens out, %.0f words/s%n", words, tokens,
                                        words / ((System.nanoTime() - t0) / 1e9));
                            }
                        }
                        if (words >= maxWords) {
                            break outer;
                        }
                    }
                }
            }
            if (batch.length() > 0) {
                String text = batch.toString();
                pending.add(pool.submit(() -> segmentBatch(text)));
            }
            while (!pending.isEmpty()) {
                tokens += write(pending.poll(), w);
            }
        } finally {
            pool.shutdownNow();
        }
        log.printf("segment: done, %d words in, %d tokens out, %.0f s%n", words, tokens,
                (System.nanoTime() - t0) / 1e9);
        return tokens;
    }

    private static long write(Future<Segmented> f, BufferedWriter w) throws IOException {
        Segmented s;
        try {
            s = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while segmenting", e);
        } catch (ExecutionException e) {
            throw new IOException("segmenting a batch failed: " + e.getCause(), e.getCause());
        }
        w.write(s.text());
        return s.tokens();
    }

    private Segmented segmentBatch(String text) throws InterruptedException {
        StanfordCoreNLP pipeline = pipelines.take();
        try {
            Annotation doc = new Annotation(text);
            pipeline.annotate(doc);
            StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
            long n = 0;
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                int lineStart = out.length();
                for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
                    String k = ArabicNormalizer.normalize(l.word()).replaceAll("\\s+", "");
                    if (k.isEmpty()) {
                        continue;
                    }
                    if (out.length() > lineStart) {
                        out.append(' ');
                    }
                    out.append(k);
                    n++;
                }
                if (out.length() > lineStart) {
                    out.append('\n');
                }
            }
            return new Segmented(out.toString(), n);
        } finally {
            pipelines.add(pipeline);
        }
    }

    /** {@code UnlabeledSegmenter OUT.gz MAX_WORDS[/MAX_SECONDS] THREADS IN.gz…} */
    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: UnlabeledSegmenter OUT.gz MAX_WORDS[/MAX_SECONDS] THREADS IN.gz...");
            System.exit(2);
        }
        String[] limits = args[1].split("/", 2);
        long maxSeconds = limits.length > 1 ? Long.parseLong(limits[1]) : Long.MAX_VALUE;
        List<Path> in = java.util.Arrays.stream(args).skip(3).map(Path::of).toList();
        new UnlabeledSegmenter(Integer.parseInt(args[2])).segment(in, Long.parseLong(limits[0]), maxSeconds,
                Path.of(args[0]), System.err);
    }
}
