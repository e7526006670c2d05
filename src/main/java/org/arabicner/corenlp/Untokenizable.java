package org.arabicner.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The characters CoreNLP's Arabic tokenizer cannot tokenise (emoji, private-use and control
 * characters, most scripts it was not built for, unpaired surrogates). For each of them its
 * lexer prints {@code Untokenizable: X} on stderr — from any thread, naming no article — and
 * drops the character; on an unpaired surrogate it throws an {@code Error}. {@link #mask}
 * replaces them with spaces, one char for one, so CoreNLP sees the same text it would have
 * kept, offsets do not move, and nothing is printed.
 *
 * <p>The table ({@code untokenizable.txt}) was computed by running the lexer on every code
 * point; a test re-checks it against the CoreNLP on the classpath. Immutable and thread-safe.
 */
final class Untokenizable {

    private static final int[][] RANGES = load();

    private Untokenizable() {
    }

    /** {@code text} with untokenisable characters replaced by spaces (same length), or {@code text} itself. */
    static String mask(String text) {
        char[] c = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (Character.isSurrogate((char) cp) && n == 1 || contains(cp)) {
                if (c == null) {
                    c = text.toCharArray();
                }
                for (int k = 0; k < n; k++) {
                    c[i + k] = ' ';
                }
            }
            i += n;
        }
        return c == null ? text : new String(c);
    }

    /** Whether the lexer cannot tokenise {@code cp}. */
    static boolean contains(int cp) {
        int[] starts = RANGES[0];
        int i = Arrays.binarySearch(starts, cp);
        if (i >= 0) {
            return true;
        }
        int before = -i - 2;
        return before >= 0 && cp <= RANGES[1][before];
    }

    private static int[][] load() {
        List<int[]> ranges = new ArrayList<>();
        try (InputStream in = Untokenizable.class.getResourceAsStream("/org/arabicner/corenlp/untokenizable.txt")) {
            if (in == null) {
                throw new IllegalStateException("untokenizable.txt is missing from the classpath: rebuild the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ");
                ranges.add(new int[] {Integer.parseInt(f[0], 16), Integer.parseInt(f[1], 16)});
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read untokenizable.txt", e);
        }
        int[][] out = new int[2][ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            out[0][i] = ranges.get(i)[0];
            out[1][i] = ranges.get(i)[1];
        }
        return out;
    }
}
