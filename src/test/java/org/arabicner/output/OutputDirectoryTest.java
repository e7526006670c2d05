package org.arabicner.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void aFileAsOutIsAProblemInWords() throws IOException {
        Path file = Files.writeString(dir.resolve("out.csv"), "x");
        OutputDirectory.Problem p = assertThrows(OutputDirectory.Problem.class,
                () -> OutputDirectory.claim(file, OutputDirectory.Mode.FRESH, 0));
        assertTrue(p.getMessage().contains("is a file, not a directory"), p.getMessage());
        OutputDirectory.Problem under = assertThrows(OutputDirectory.Problem.class,
                () -> OutputDirectory.claim(file.resolve("sub"), OutputDirectory.Mode.FRESH, 0));
        assertTrue(under.getMessage().startsWith("cannot create --out"), under.getMessage());
    }

    @Test
    void aSecondClaimFailsAtOnceNamingTheHolder() {
        Path out = dir.resolve("out");
        try (OutputDirectory first = OutputDirectory.claim(out, OutputDirectory.Mode.FRESH, 0)) {
            OutputDirectory.Problem p = assertThrows(OutputDirectory.Problem.class,
                    () -> OutputDirectory.claim(out, OutputDirectory.Mode.RESUME, 0));
            assertTrue(p.getMessage().contains("another arner run is writing to")
                    && p.getMessage().contains("pid " + ProcessHandle.current().pid()), p.getMessage());
        }
        try (OutputDirectory again = OutputDirectory.claim(out, OutputDirectory.Mode.RESUME, 0)) {
            assertEquals(out, again.path());
        }
    }

    @Test
    void aFreshRunRefusesEarlierOutputAndOverwriteRemovesAllOfIt() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("entities.csv"), "old");
        Files.writeString(out.resolve("corpus.duckdb"), "old");
        Files.createDirectories(out.resolve("tables"));
        Files.writeString(out.resolve("notes.txt"), "the user's own file");
        OutputDirectory.Problem p = assertThrows(OutputDirectory.Problem.class,
                () -> OutputDirectory.claim(out, OutputDirectory.Mode.FRESH, 0));
        assertTrue(p.getMessage().contains("--resume") && p.getMessage().contains("--overwrite"), p.getMessage());
        assertTrue(Files.exists(out.resolve("entities.csv")), "a refused run deletes nothing");
        try (OutputDirectory o = OutputDirectory.claim(out, OutputDirectory.Mode.OVERWRITE, 0)) {
            assertTrue(OutputDirectory.earlierOutput(out).isEmpty());
            assertTrue(Files.exists(out.resolve("notes.txt")));
        }
    }

    @Test
    void tooLittleFreeSpaceIsReportedWithTheNeed() {
        OutputDirectory.Problem p = assertThrows(OutputDirectory.Problem.class,
                () -> OutputDirectory.checkSpace(dir, 100L << 20, 10L << 20));
        assertTrue(p.getMessage().startsWith("only 10 MB free") && p.getMessage().contains("needs about 264 MB"),
                p.getMessage());
        OutputDirectory.checkSpace(dir, 100L << 20, 1L << 30);
    }
}
