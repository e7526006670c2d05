package org.arabicner.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embeddings' training text: the same on one thread and two, in input order, normalised. */
class UnlabeledSegmenterTest {

    private static final String[] PARAGRAPHS = {
        "وقال الرئيس الأمريكي باراك أوباما إن القوات ستبقى في العراق.",
        "وصل وزير الخارجية إلى بيروت، ثم التقى بالمسؤولين في دمشق.",
        "أعلنت الأمم المتحدة عن برنامج جديد للاجئين في الأردن ولبنان.",
    };

    @Test
    void twoThreadsWriteWhatOneThreadWritesInInputOrder(@TempDir Path dir) throws IOException {
        // Enough paragraphs for two 20,000-character batches, each paragraph numbered so order shows.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append(i).append(' ').append(PARAGRAPHS[i % PARAGRAPHS.length]).append("\n\n");
        }
        Path in = dir.resolve("in.txt.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(in))) {
            o.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Path one = dir.resolve("one.gz");
        Path two = dir.resolve("two.gz");
        long n1 = new UnlabeledSegmenter(1).segment(List.of(in), Long.MAX_VALUE, one, quiet);
        long n2 = new UnlabeledSegmenter(2).segment(List.of(in), Long.MAX_VALUE, two, quiet);
        String a = gunzip(one);
        assertEquals(a, gunzip(two));
        assertEquals(n1, n2);
        List<String> lines = a.lines().toList();
        assertEquals(400, lines.size(), "one sentence a paragraph");
        for (int i = 0; i < lines.size(); i++) {
            // the segmenter shortens a run of three or more of one character to one: 111 → 1
            String number = Integer.toString(i).replaceAll("(.)\\1{2,}", "$1");
            assertTrue(lines.get(i).startsWith(number + " "), i + ": " + lines.get(i));
        }
        assertTrue(lines.get(0).startsWith("0 و قال "), "clitics split off: " + lines.get(0));
        assertTrue(lines.get(0).contains("الامريكي"), "normalised (أ → ا): " + lines.get(0));
        assertEquals(n1, a.split("\\s+").length);
    }

    private static String gunzip(Path p) throws IOException {
        try (InputStream i = new GZIPInputStream(Files.newInputStream(p))) {
            return new String(i.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
