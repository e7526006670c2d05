package org.arabicner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.arabicner.kb.KbFixtures;
import java.nio.file.Path;
import org.arabicner.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KbBuildCommandTest {


    @Test
    void buildsFromADataDirectory(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("kb.tsv.gz");
        StringWriter stdout = new StringWriter();
        CommandLine cmd = ArnerCommand.configure(new CommandLine(new KbBuildCommand()));
        cmd.setOut(new PrintWriter(stdout));
        int rc = cmd.execute("--data", KbFixtures.dataDirectory(dir.resolve("data")).toString(), "--out", out.toString());
        assertEquals(0, rc);
        KnowledgeBase kb = KnowledgeBase.load(out);
        assertTrue(stdout.toString().contains(kb.size() + " entries"), stdout.toString());
        assertTrue(kb.byEnglishName("Islamic State").size() == 1, "the shipped curated file is included");
    }

    @Test
    void missingDataIsAUsageError(@TempDir Path dir) {
        StringWriter stderr = new StringWriter();
        CommandLine cmd = ArnerCommand.configure(new CommandLine(new KbBuildCommand()));
        cmd.setErr(new PrintWriter(stderr));
        int rc = cmd.execute("--data", dir.resolve("nowhere").toString(), "--out", dir.resolve("kb.tsv.gz").toString());
        assertEquals(2, rc);
        assertTrue(stderr.toString().contains("--data"), stderr.toString());
    }
}
