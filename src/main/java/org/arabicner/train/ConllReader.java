package org.arabicner.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style NER files: one token a line, columns separated by spaces or tabs, the word
 * in the first column and the tag in the last, a blank line between sentences. A byte-order
 * mark and CRLF line ends are accepted; lines starting with {@code -DOCSTART-} are skipped.
 * Stateless and thread-safe.
 */
public final class ConllReader {

    private ConllReader() {
    }

    public static List<ConllSentence> read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoNLL file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    public static List<ConllSentence> read(Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<ConllSentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                flush(sentences, words, tags);
                continue;
            }
            if (trimmed.startsWith("-DOCSTART-")) {
                continue;
            }
            String[] cols = trimmed.split("[ \t]+");
            if (cols.length < 2) {
                throw new IllegalArgumentException("line " + lineNo + " has no tag column: '" + trimmed
                        + "' (expected 'word TAG')");
            }
            words.add(cols[0]);
            tags.add(cols[cols.length - 1]);
        }
        flush(sentences, words, tags);
        return sentences;
    }

    private static void flush(List<ConllSentence> out, List<String> words, List<String> tags) {
        if (!words.isEmpty()) {
            out.add(new ConllSentence(words, tags));
            words.clear();
            tags.clear();
        }
    }
}
