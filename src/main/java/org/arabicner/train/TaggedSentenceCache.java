package org.arabicner.train;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.arabicner.annotation.Token;
import org.arabicner.text.CharSpan;

/**
 * Keeps segmented training sentences on disk (under {@code out/}, never committed) so repeated
 * experiments skip the segmenter. One token a line: word, text, start, end, pos, attached, label;
 * a blank line between sentences. Stateless and thread-safe.
 */
public final class TaggedSentenceCache {

    private TaggedSentenceCache() {
    }

    public static void write(Path file, List<TaggedSentence> sentences) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
                for (TaggedSentence s : sentences) {
                    for (int i = 0; i < s.tokens().size(); i++) {
                        Token t = s.tokens().get(i);
                        out.write(String.join("\t", t.word(), t.text(), Integer.toString(t.start()),
                                Integer.toString(t.end()), t.pos(), t.attached() ? "1" : "0", s.labels().get(i)));
                        out.write('\n');
                    }
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cache " + file, e);
        }
    }

    public static List<TaggedSentence> read(Path file) {
        List<TaggedSentence> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            List<Token> tokens = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    out.add(new TaggedSentence(tokens, labels));
                    tokens.clear();
                    labels.clear();
                    continue;
                }
                String[] c = line.split("\t", -1);
                tokens.add(new Token(c[0], c[1], new CharSpan(Integer.parseInt(c[2]), Integer.parseInt(c[3])),
                        c[4], c[5].equals("1")));
                labels.add(c[6]);
            }
            if (!tokens.isEmpty()) {
                out.add(new TaggedSentence(tokens, labels));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cache " + file, e);
        }
        return out;
    }
}
