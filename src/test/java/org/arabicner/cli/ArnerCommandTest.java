package org.arabicner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ArnerCommandTest {

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = {"run", "query", "index", "bench", "bench-store", "kb", "kb build", "translit",
        "train-translit", "eval-translit", "eval", "train"})
    void everyCommandHasHelp(String command) {
        String[] words = (command + " --help").split(" ");
        CliRun r = CliRun.of(words);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Usage: arner " + command), r.out());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun r = CliRun.of();
        assertEquals(2, r.status());
        assertTrue(r.err().contains("name a command"), r.err());
    }

    @Test
    void missingInputIsAUsageErrorNamingIt() {
        CliRun r = CliRun.of("run", "no-such-dir", "--out", "target/never");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no-such-dir") && r.err().lines().count() == 1, r.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, CliRun.of("run", "--frobnicate").status());
    }
}
