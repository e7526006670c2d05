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
    void namesComeOutAsThePressSpellsThemAndExplainWhereFrom() {
        String[] lines = run("عمر الشريف\nسيرغي لافروف\nمحمد غشامي\n", "--explain");
        assertEquals("Omar Sharif\tعمر=Omar list; الشريف=Sharif list", lines[0]);
        assertTrue(lines[1].startsWith("Sergey Lavrov\tkb "), lines[1]);
        assertTrue(lines[2].matches("Mohamed \\S+\tمحمد=Mohamed list; غشامي=\\S+ model"), lines[2]);
    }

    @Test
    void theRegionChoosesMaghrebSpellings() {
        assertEquals("Youssef Chahed\tيوسف=Youssef list; الشاهد=Chahed list (Maghreb spelling)",
                run("يوسف الشاهد\n", "--explain", "--region", "maghreb")[0]);
        assertEquals("Hassen Hammami", run("حسن الهمامي\n", "--region", "maghreb")[0]);
        assertEquals("Hassan Hammami", run("حسن الهمامي\n", "--region", "mashriq")[0]);
    }

    @Test
    void badRegionIsAUsageError() {
        assertEquals(2, new CommandLine(new TranslitCommand()).execute("--region", "europe"));
    }

    @Test
    void badTopIsAUsageError() {
        assertEquals(2, ArnerCommand.configure(new CommandLine(new TranslitCommand())).execute("--top", "0"));
    }
}
