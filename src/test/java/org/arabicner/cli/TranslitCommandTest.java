package org.arabicner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TranslitCommandTest {

    private static String[] run(String input, String... args) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code = ArnerCommand.configure(new CommandLine(new TranslitCommand())).execute(args);
            assertEquals(0, code);
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
        }
        return out.toString(StandardCharsets.UTF_8).split("\n", -1);
    }

    @Test
    void oneReadingPerInputLine() {
        String[] lines = run("جورج\n\nمارتن لوثر\n");
        assertEquals(4, lines.length); // three lines and the final newline
        assertTrue(lines[0].matches("\\p{Lu}\\p{Ll}+"), lines[0]);
        assertEquals("", lines[1]);
        assertEquals(2, lines[2].split(" ").length);
    }

    @Test
    void topKReadingsAreTabSeparated() {
        String[] lines = run("روبرت\n", "--top", "3");
        String[] readings = lines[0].split("\t");
        assertEquals(3, readings.length);
    }

    @Test
    void badTopIsAUsageError() {
        assertEquals(2, ArnerCommand.configure(new CommandLine(new TranslitCommand())).execute("--top", "0"));
    }
}
