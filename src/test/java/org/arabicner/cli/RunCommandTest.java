package org.arabicner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch job end to end through the command line, with the real CoreNLP pipeline. */
class RunCommandTest {

    @TempDir
    Path dir;

    private static List<CSVRecord> csv(Path p) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(p, StandardCharsets.UTF_8)).getRecords();
    }

    @Test
    void badInputsGetErrorRowsTheRestIsAnnotatedAndResumeAddsNoDuplicates() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "وقال الناطق في بغداد إن القوات دخلت الموصل.");
        Files.write(in.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        Files.write(in.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1});
        Files.writeString(in.resolve("empty.txt"), "\n");
        Files.writeString(in.resolve("zbatch.jsonl"), "{\"id\":\"j1\",\"text\":\"في سورية.\"}\n{broken\n"
                + "{\"id\":\"good\",\"text\":\"مكرر\"}\n");
        Path out = dir.resolve("out");

        CliRun first = CliRun.of("run", in.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(1, first.status(), first.err());
        Map<String, String> status = csv(out.resolve("articles.csv")).stream()
                .collect(Collectors.groupingBy(r -> r.get("source").replaceAll(".*/", ""),
                        Collectors.mapping(r -> r.get("status"), Collectors.joining(","))));
        assertEquals("ok", status.get("good.txt"));
        assertEquals("ok", status.get("zbatch.jsonl:1"));
        for (String bad : List.of("latin1.txt", "binary.txt", "empty.txt", "zbatch.jsonl:2", "zbatch.jsonl:3")) {
            assertEquals("error", status.get(bad), bad);
        }
        List<CSVRecord> articles = csv(out.resolve("articles.csv"));
        assertEquals(7, articles.size());
        for (CSVRecord r : articles) {
            if (r.get("status").equals("error")) {
                assertTrue(r.get("error").contains(r.get("source").replaceAll(".*/", "").replaceAll(":.*", "")),
                        "the error names the file: " + r.get("error"));
            }
        }
        assertTrue(first.err().contains("5 errors"), first.err());
        assertTrue(Files.exists(out.resolve("tables/good.csv")));

        CliRun again = CliRun.of("run", in.toString(), "--out", out.toString(), "--resume", "--html");
        assertEquals(1, again.status(), again.err());
        assertTrue(again.err().contains("2 skipped"), again.err());
        assertEquals(7, csv(out.resolve("articles.csv")).size());
        List<String> mentionKeys = csv(out.resolve("mentions.csv")).stream()
                .map(r -> r.get("article_id") + "@" + r.get("start")).toList();
        assertEquals(mentionKeys.stream().distinct().count(), mentionKeys.size(), "no duplicate mention rows");

        // --html renders the pages into out/html; 'render' does the same for an earlier run
        assertTrue(again.err().contains("rendered 2 article pages"), again.err());
        String index = Files.readString(out.resolve("html/index.html"));
        assertTrue(index.contains("articles/good.html") && index.contains("articles/j1.html"), index);
        assertTrue(index.contains("not valid UTF-8"), "errors listed with their messages");
        assertTrue(Files.readString(out.resolve("html/articles/good.html")).contains("<mark class=\"m LOC\""));
        Path pages = dir.resolve("pages");
        CliRun render = CliRun.of("render", out.toString(), "--html", pages.toString());
        assertEquals(0, render.status(), render.err());
        assertEquals(index, Files.readString(pages.resolve("index.html")), "the same pages from the same output");
    }

    @Test
    void renderNamesWhatIsMissing() {
        CliRun render = CliRun.of("render", dir.toString());
        assertEquals(2, render.status(), render.err());
        assertTrue(render.err().contains("articles.csv is missing"), render.err());
        assertEquals(2, CliRun.of("render", dir.toString(), "--top", "-1").status());
    }
}
