package org.arabicner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "run seeds --threads 0                        | --threads must be at least 1",
        "eval --gold none.conll --threads 0           | --threads must be at least 1",
        "bench --threads 0                            | --threads must be at least 1",
        "eval --gold none.conll --outside-weight -1   | --outside-weight must be a positive number",
        "run seeds --model no-such-model.ser.gz        | --model no-such-model.ser.gz is not a file",
    })
    void pipelineOptionsAreOneMixinValidatedAlike(String line, String message) {
        CliRun r = CliRun.of(line.split(" "));
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(message) && r.err().lines().count() == 1, r.err());
    }

    @Test
    void commandAndClassNamesMatch() {
        for (Map.Entry<String, CommandLine> sub : new CommandLine(new ArnerCommand()).getSubcommands().entrySet()) {
            if (sub.getKey().equals("help")) {
                continue;
            }
            StringBuilder expected = new StringBuilder();
            for (String part : sub.getKey().split("-")) {
                expected.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
            assertEquals(expected + "Command", sub.getValue().getCommand().getClass().getSimpleName(), sub.getKey());
        }
    }
}
