package org.arabicner.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void syntheticArticlesRenderWithEveryMentionAtItsOffsets() throws IOException {
        StringWriter out = new StringWriter();
        // run() fails when a page cannot show its text, i.e. when a mention is not at its offsets
        new RenderBenchmark(30, 5, 1, 1, 7).run(dir, new PrintWriter(out, true));
        assertTrue(out.toString().contains("render 1: 30 pages"), out.toString());
        String page = Files.readString(dir.resolve("html/articles/0000000.html"));
        assertTrue(page.contains("<mark class=\"m "), page);
        assertTrue(Files.readString(dir.resolve("html/index.html")).contains("30 articles annotated"));
    }
}
