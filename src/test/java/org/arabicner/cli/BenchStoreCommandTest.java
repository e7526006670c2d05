package org.arabicner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchStoreCommandTest {

    @TempDir
    Path tmp;

    @Test
    void smallRunReportsEveryFigureAndCleansUp() {
        Path dir = tmp.resolve("bench");
        QueryCommandTest.Run r = QueryCommandTest.run(new BenchStoreCommand(), "--articles", "300",
                "--entities-per-article", "5", "--queries", "5", "--dir", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("indexed 300 articles, 1,500 article entities"), r.out());
        for (String q : new String[] {"find, English name", "find, Arabic name + clitic", "cooccurring(entity, 20)",
            "top(type, 20)"}) {
            assertTrue(r.out().lines().anyMatch(l -> l.contains(q) && l.contains("median")), q + " in " + r.out());
        }
        assertFalse(Files.exists(dir), "work directory removed without --keep");
    }

    @Test
    void rejectsBadSizes() {
        QueryCommandTest.Run r = QueryCommandTest.run(new BenchStoreCommand(), "--articles", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--articles"), r.err());
    }
}
