package org.arabicner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arabicner.ner.Mention;
import org.arabicner.text.CharSpan;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {

    /** A pipeline that calls every occurrence of دمشق a LOC and of سامي a PERS. */
    private static List<Mention> fake(String text) {
        List<Mention> out = new ArrayList<>();
        for (String[] n : new String[][] {{"دمشق", "LOC"}, {"سامي", "PERS"}}) {
            for (int i = text.indexOf(n[0]); i >= 0; i = text.indexOf(n[0], i + 1)) {
                out.add(new Mention(new CharSpan(i, i + n[0].length()), n[0], EntityType.parse(n[1]), 0, 1));
            }
        }
        return out;
    }

    @Test
    void printsJsonWithMicroAndPerTypeCounts(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.conll");
        Files.writeString(gold, "وصل B-PERS\nسامي I-PERS\nإلى O\nدمشق B-LOC\n\nفي O\nدمشق B-LOC\n",
                StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        CommandLine cli = ArnerCommand.configure(new CommandLine(new EvalCommand(model -> EvalCommandTest::fake)));
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("--gold", gold.toString(), "--json");
        assertEquals(0, code);
        JsonObject json = JsonParser.parseString(out.toString().trim()).getAsJsonObject();
        JsonObject micro = json.getAsJsonObject("micro");
        assertEquals(2, micro.get("tp").getAsInt());
        assertEquals(1, micro.get("fp").getAsInt());
        assertEquals(1, micro.get("fn").getAsInt());
        assertEquals(0.6667, micro.get("precision").getAsDouble(), 1e-4);
        assertEquals(0.6667, micro.get("f1").getAsDouble(), 1e-4);
        JsonObject loc = json.getAsJsonObject("types").getAsJsonObject("LOC");
        assertEquals(1.0, loc.get("recall").getAsDouble());
        JsonObject pers = json.getAsJsonObject("types").getAsJsonObject("PERS");
        assertEquals(0, pers.get("tp").getAsInt());
        assertEquals(1, pers.get("fn").getAsInt());
    }

    @Test
    void missingGoldFileIsAUsageError(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = ArnerCommand.configure(new CommandLine(new EvalCommand(model -> text -> List.of())));
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("--gold", dir.resolve("none.conll").toString()));
        assertEquals(1, err.toString().trim().lines().count());
    }
}
