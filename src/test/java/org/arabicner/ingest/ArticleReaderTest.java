package org.arabicner.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private List<ArticleInput> readAll(Path... inputs) {
        List<ArticleInput> out = new ArrayList<>();
        ArticleReader.of(List.of(inputs)).forEach(out::add);
        return out;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textFileIsOneArticleNamedAfterTheFile() throws IOException {
        Path p = write("a1.txt", "قال ديلون");
        Article a = assertInstanceOf(Article.class, readAll(p).get(0));
        assertEquals("a1", a.id());
        assertEquals("قال ديلون", a.text());
        assertEquals(p.toString(), a.source());
    }

    @Test
    void bomIsDroppedAndCrlfKept() throws IOException {
        byte[] body = "سطر\r\nسطر".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Article a = assertInstanceOf(Article.class, readAll(write("bom.txt", bytes)).get(0));
        assertEquals("سطر\r\nسطر", a.text());
    }

    @Test
    void invalidUtf8IsABadInputNamingTheFix() throws IOException {
        BadInput b = assertInstanceOf(BadInput.class,
                readAll(write("latin1.txt", new byte[] {(byte) 0xE9, 't', (byte) 0xE9})).get(0));
        assertTrue(b.error().contains("latin1.txt") && b.error().contains("UTF-8"), b.error());
    }

    @Test
    void binaryFileIsABadInput() throws IOException {
        BadInput b = assertInstanceOf(BadInput.class, readAll(write("img.txt", new byte[] {1, 0, 2, 0})).get(0));
        assertTrue(b.error().contains("binary"), b.error());
    }

    @Test
    void emptyArticleIsABadInput() throws IOException {
        BadInput b = assertInstanceOf(BadInput.class, readAll(write("empty.txt", " \n\t")).get(0));
        assertTrue(b.error().contains("empty"), b.error());
    }

    @Test
    void jsonlLinesAreArticlesAndBadLinesAreNamedByLine() throws IOException {
        Path p = write("batch.jsonl", "{\"id\":\"x1\",\"text\":\"العراق\"}\n\n{oops\n{\"id\":\"x3\"}\n"
                + "{\"text\":\"بلا معرف\"}\n[1]\n{\"id\":\"x6\",\"text\":\"\"}\n{\"id\":7,\"text\":\"سورية\"}\n");
        List<ArticleInput> in = readAll(p);
        assertEquals(7, in.size());
        assertEquals("العراق", assertInstanceOf(Article.class, in.get(0)).text());
        assertTrue(assertInstanceOf(BadInput.class, in.get(1)).error().contains("batch.jsonl:3"));
        assertTrue(assertInstanceOf(BadInput.class, in.get(2)).error().contains("\"text\""));
        assertTrue(assertInstanceOf(BadInput.class, in.get(3)).error().contains("\"id\""));
        assertTrue(assertInstanceOf(BadInput.class, in.get(4)).error().contains("JSON object"));
        assertTrue(assertInstanceOf(BadInput.class, in.get(5)).error().contains("empty"));
        assertEquals("7", assertInstanceOf(Article.class, in.get(6)).id());
        assertEquals(7, ArticleReader.of(List.of(p)).countArticles());
    }

    @Test
    void duplicateIdIsABadInputNamingBothSources() throws IOException {
        write("d/one/a.txt", "العراق");
        write("d/two/a.txt", "سورية");
        List<ArticleInput> in = readAll(dir.resolve("d"));
        assertInstanceOf(Article.class, in.get(0));
        BadInput dup = assertInstanceOf(BadInput.class, in.get(1));
        assertTrue(dup.error().contains("duplicate") && dup.error().contains("one"), dup.error());
    }

    @Test
    void directoriesAreWalkedInOrderForTxtAndJsonl() throws IOException {
        write("c/b.txt", "ب");
        write("c/a.txt", "أ");
        write("c/notes.md", "ignored");
        write("c/sub/z.jsonl", "{\"id\":\"z1\",\"text\":\"ز\"}\n");
        List<String> ids = readAll(dir.resolve("c")).stream().map(ArticleInput::id).toList();
        assertEquals(List.of("a", "b", "z1"), ids);
    }

    @Test
    void missingInputIsAUsageErrorNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArticleReader.of(List.of(dir.resolve("nope"))));
        assertTrue(e.getMessage().contains("nope"));
    }

    @Test
    void loneSurrogatesBecomeReplacementCharactersWithoutMovingOffsets() throws IOException {
        Path p = write("s.jsonl", "{\"id\":\"x\\ud800y\",\"text\":\"في \\ud800 الموصل \\udc00\\ud83d\\ude00\"}\n");
        Article a = assertInstanceOf(Article.class, readAll(p).get(0));
        assertEquals("في \uFFFD الموصل \uFFFD\uD83D\uDE00", a.text());
        assertEquals("x\uFFFDy", a.id());
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws IOException {
        String text = "قال ديلون في الموصل";
        for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] body = text.getBytes(cs);
            byte[] bytes = new byte[body.length + 2];
            bytes[0] = (byte) (cs == StandardCharsets.UTF_16LE ? 0xFF : 0xFE);
            bytes[1] = (byte) (cs == StandardCharsets.UTF_16LE ? 0xFE : 0xFF);
            System.arraycopy(body, 0, bytes, 2, body.length);
            Article a = assertInstanceOf(Article.class, readAll(write("u16-" + cs.name() + ".txt", bytes)).get(0));
            assertEquals(text, a.text());
        }
    }

    @Test
    void whitespaceOnlyIsAnErrorLikeEmpty() throws IOException {
        for (String blank : List.of("\u00A0\u00A0", "\u200B\n\u3000", "...!؟")) {
            BadInput b = assertInstanceOf(BadInput.class, readAll(write("blank.txt", blank)).get(0));
            assertTrue(b.error().contains("empty article"), b.error());
        }
    }

    @Test
    void malformedJsonIsReportedInTheProjectsWords() throws IOException {
        Path p = write("bad.jsonl", "{\"id\": \"a\", \"text\": \"x\" garbage}\n[1,\n");
        List<ArticleInput> in = readAll(p);
        for (ArticleInput i : in) {
            String e = assertInstanceOf(BadInput.class, i).error();
            assertTrue(e.contains("malformed JSON") && !e.contains("JsonReader") && !e.contains("setStrictness")
                    && !e.contains("gson"), e);
        }
    }
}
