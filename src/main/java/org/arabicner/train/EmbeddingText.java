package org.arabicner.train;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.arabicner.text.ArabicNormalizer;

/**
 * Training-time only: the unlabeled text as white-space words for the embedding trainer, when the
 * segmenter is too slow for all of it ({@link org.arabicner.corenlp.UnlabeledSegmenter} does the
 * same with the segmenter). Words are {@link ArabicNormalizer#normalize normalised} as the tagger's
 * tokens are, punctuation at word edges becomes tokens of its own (as the segmenter splits it);
 * clitics stay attached, so a stem is learnt from its free-standing occurrences and the clitic
 * forms share its character n-grams. Stateless.
 */
public final class EmbeddingText {

    private EmbeddingText() {
    }

    /** The tokens of one line, space-separated. */
    static String tokens(String line) {
        StringBuilder out = new StringBuilder();
        for (String raw : line.split("\\s+")) {
            int a = 0;
            int b = raw.length();
            while (a < b && !Character.isLetterOrDigit(raw.charAt(a))) {
                a++;
            }
            while (b > a && !Character.isLetterOrDigit(raw.charAt(b - 1))) {
                b--;
            }
            for (int i = 0; i < a; i++) {
                append(out, raw.substring(i, i + 1));
            }
            if (b > a) {
                append(out, raw.substring(a, b));
            }
            for (int i = Math.max(a, b); i < raw.length(); i++) {
                append(out, raw.substring(i, i + 1));
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String piece) {
        if (Character.isSurrogate(piece.charAt(0)) && piece.length() == 1) {
            return; // half of an emoji or other symbol outside the BMP: no use for names
        }
        String k = ArabicNormalizer.normalize(piece).replace(" ", "");
        if (!k.isEmpty()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(k);
        }
    }

    /** {@code EmbeddingText OUT.txt MAX_TOKENS IN.gz…}: writes plain text, one line per input line. */
    public static void main(String[] args) throws IOException {
        long max = Long.parseLong(args[1]);
        long n = 0;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(Path.of(args[0])),
                StandardCharsets.UTF_8))) {
            outer:
            for (int f = 2; f < args.length; f++) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(Path.of(args[f]))), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        String t = tokens(line);
                        if (!t.isEmpty()) {
                            w.write(t);
                            w.write('\n');
                            n += t.chars().filter(c -> c == ' ').count() + 1;
                            if (n >= max) {
                                break outer;
                            }
                        }
                    }
                }
            }
        }
        System.err.println("wrote " + n + " tokens to " + args[0]);
    }
}
