package org.arabicner.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableGoldTest {

    /** Three articles; separators are runs of blank (or white-space-only) lines. */
    static final String CORPUS = "\n\nالأول سطر\nسطره الثاني\n  \n\nالثاني في تونس\n\n\nالثالث  \nوآخره\n";

    static Path corpus(Path dir) throws Exception {
        Path gz = dir.resolve("unlabeled/news.txt.gz");
        Files.createDirectories(gz.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(CORPUS.getBytes(StandardCharsets.UTF_8));
        }
        return gz;
    }

    static String line(String id, int index, String text, String split, String entities) {
        return "{\"id\":\"" + id + "\",\"corpus\":\"unlabeled/news.txt.gz\",\"index\":" + index
                + ",\"sha256\":\"" + TableGold.sha256Prefix(text, 16) + "\",\"split\":\"" + split
                + "\",\"topic\":\"politics\",\"entities\":[" + entities + "]}";
    }

    @Test
    void articlesAreMaximalRunsOfNonBlankLines(@TempDir Path dir) throws Exception {
        Map<Integer, String> a = TableGold.articlesAt(corpus(dir), Set.of(0, 1, 2, 7));
        assertEquals("الأول سطر\nسطره الثاني", a.get(0));
        assertEquals("الثاني في تونس", a.get(1));
        assertEquals("الثالث  \nوآخره", a.get(2), "lines are kept as they are, only joined with \\n");
        assertEquals(3, a.size());
    }

    @Test
    void readsEntitiesSplitsAndTextsCheckedBySha(@TempDir Path dir) throws Exception {
        corpus(dir);
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, line("ant-00001", 1, "الثاني في تونس", "dev",
                "{\"type\":\"LOC\",\"name_ar\":\"تونس\",\"forms\":[\"تونس\"],\"name_en\":[\"Tunisia\",\"Tunis\"]}")
                + "\n\n" + line("ant-00002", 2, "الثالث  \nوآخره", "test", "") + "\n", StandardCharsets.UTF_8);
        TableGold g = TableGold.read(gold);
        assertEquals(2, g.articles().size());
        TableGold.GoldEntity e = g.articles().get(0).entities().get(0);
        assertEquals(EntityType.LOC, e.type());
        assertEquals(List.of("Tunisia", "Tunis"), e.nameEn());
        assertEquals(List.of("ant-00002"), g.split("test").articles().stream().map(TableGold.GoldArticle::id).toList());
        Map<String, String> texts = g.texts(dir);
        assertEquals(List.of("ant-00001", "ant-00002"), List.copyOf(texts.keySet()));
        assertEquals("الثاني في تونس", texts.get("ant-00001"));
    }

    @Test
    void aChangedCorpusFailsNamingTheArticle(@TempDir Path dir) throws Exception {
        corpus(dir);
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, line("ant-00001", 1, "نص آخر", "dev", "") + "\n", StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TableGold.read(gold).texts(dir));
        assertTrue(e.getMessage().contains("ant-00001") && e.getMessage().contains("sha256"), e.getMessage());
    }

    @Test
    void malformedLinesFailNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, line("a", 0, "x", "dev", "") + "\n" + line("b", 1, "x", "validation", "") + "\n",
                StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TableGold.read(gold));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("split"), e.getMessage());
        // training annotations (docs/train) share the format with split "train"
        Files.writeString(gold, line("a", 0, "x", "dev", "") + "\n" + line("b", 1, "x", "train", "") + "\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of("b"), TableGold.read(gold).split("train").articles().stream()
                .map(TableGold.GoldArticle::id).toList());
        Files.writeString(gold, line("a", 0, "x", "dev", "") + "\n" + line("a", 1, "x", "dev", "") + "\n",
                StandardCharsets.UTF_8);
        e = assertThrows(IllegalArgumentException.class, () -> TableGold.read(gold));
        assertTrue(e.getMessage().contains("already annotated on line 1"), e.getMessage());
    }
}
