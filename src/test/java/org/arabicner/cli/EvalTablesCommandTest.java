package org.arabicner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.arabicner.eval.TableGold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalTablesCommandTest {

    private static final String A0 = "زار يوسف الشاهد صفاقس.\nوقال الشاهد إن تونس بخير.";
    private static final String A1 = "فاز النادي الإفريقي في رادس.";

    private static String line(String id, int index, String text, String split, String entities) {
        return "{\"id\":\"" + id + "\",\"corpus\":\"unlabeled/news.txt.gz\",\"index\":" + index
                + ",\"sha256\":\"" + TableGold.sha256Prefix(text, 16) + "\",\"split\":\"" + split
                + "\",\"entities\":[" + entities + "]}";
    }

    private static Path fixture(Path dir) throws Exception {
        Path gz = dir.resolve("data/unlabeled/news.txt.gz");
        Files.createDirectories(gz.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write((A0 + "\n\n" + A1 + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, line("ant-00000", 0, A0, "dev",
                "{\"type\":\"PERS\",\"name_ar\":\"يوسف الشاهد\",\"forms\":[\"يوسف الشاهد\",\"الشاهد\"],\"name_en\":[\"Youssef Chahed\"]},"
                + "{\"type\":\"LOC\",\"name_ar\":\"صفاقس\",\"forms\":[\"صفاقس\"],\"name_en\":[\"Sfax\"]},"
                + "{\"type\":\"LOC\",\"name_ar\":\"تونس\",\"forms\":[\"تونس\"],\"name_en\":[\"Tunisia\"]}")
                + "\n" + line("ant-00001", 1, A1, "test",
                "{\"type\":\"ORG\",\"name_ar\":\"النادي الإفريقي\",\"forms\":[\"النادي الإفريقي\"],\"name_en\":[\"Club Africain\"]},"
                + "{\"type\":\"LOC\",\"name_ar\":\"رادس\",\"forms\":[\"رادس\"],\"name_en\":[\"Rades\"]}") + "\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("articles.csv"), "\uFEFFarticle_id,source,status,chars,tokens,entities,error\n"
                + "ant-00000,x,ok,1,1,3,\nant-00001,x,ok,1,1,1,\n", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("entities.csv"), "\uFEFFarticle_id,entity_id,type,name_ar,name_en,name_source,kb_id,"
                + "mentions,first_start,surface_forms,titles\n"
                + "ant-00000,PERS:يوسف_الشاهد,PERS,يوسف الشاهد,Youssef Chahed,kb,,2,4,يوسف الشاهد|الشاهد,\n"
                + "ant-00000,geonames:1,LOC,صفاقس,Safaqis,kb,,1,15,صفاقس,\n"
                + "ant-00000,PERS:تونس,PERS,تونس,Tunis,transliteration,,1,30,تونس,\n"
                + "ant-00001,LOC:رادس,LOC,رادس,Rades,transliteration,,1,20,رادس,\n", StandardCharsets.UTF_8);
        return gold;
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ArnerCommand.configure(new CommandLine(new EvalTablesCommand()));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void scoresARunAsJson(@TempDir Path dir) throws Exception {
        Path gold = fixture(dir);
        String[] r = run(gold.toString(), dir.resolve("out").toString(), "--json");
        assertEquals("0", r[0], r[2]);
        JsonObject json = JsonParser.parseString(r[1].trim()).getAsJsonObject();
        JsonObject micro = json.getAsJsonObject("micro");
        assertEquals(3, micro.get("tp").getAsInt());
        assertEquals(1, micro.get("fp").getAsInt(), "تونس typed PERS");
        assertEquals(2, micro.get("fn").getAsInt(), "تونس as LOC and the club");
        assertEquals(0.75, micro.get("precision").getAsDouble(), 1e-4);
        assertEquals(0.6, micro.get("recall").getAsDouble(), 1e-4);
        assertEquals(4, json.getAsJsonObject("untyped").get("tp").getAsInt());
        JsonObject en = json.getAsJsonObject("english");
        assertEquals(2, en.get("correct").getAsInt(), "Chahed and Rades; Safaqis is not Sfax");
        assertEquals(3, en.get("matched").getAsInt());
        assertEquals(1, json.getAsJsonObject("types").getAsJsonObject("ORG").get("fn").getAsInt());
    }

    @Test
    void scoresOneSplitAndListsErrors(@TempDir Path dir) throws Exception {
        Path gold = fixture(dir);
        String[] r = run(gold.toString(), dir.resolve("out").toString(), "--split", "test", "--errors");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("1 articles"), r[1]);
        assertTrue(r[1].contains("- ORG النادي الإفريقي"), r[1]);
        assertTrue(!r[1].contains("صفاقس"), "dev articles are left out: " + r[1]);
    }

    @Test
    void writesTheGoldArticlesOfASplit(@TempDir Path dir) throws Exception {
        Path gold = fixture(dir);
        Path articles = dir.resolve("articles");
        String[] r = run(gold.toString(), "--articles", articles.toString(), "--split", "dev",
                "--data", dir.resolve("data").toString());
        assertEquals("0", r[0], r[2]);
        assertEquals(A0, Files.readString(articles.resolve("ant-00000.txt"), StandardCharsets.UTF_8));
        assertTrue(Files.notExists(articles.resolve("ant-00001.txt")));
    }

    @Test
    void usageErrorsNameTheFix(@TempDir Path dir) throws Exception {
        Path gold = fixture(dir);
        assertEquals("2", run(gold.toString())[0]);
        assertEquals("2", run(gold.toString(), dir.toString(), "--split", "train")[0]);
        String[] r = run(dir.resolve("none.jsonl").toString(), dir.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("not found"), r[2]);
        r = run(gold.toString(), dir.resolve("empty").toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("./arner run"), r[2]);
    }
}
