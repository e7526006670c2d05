package org.arabicner.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {

    @TempDir
    Path dir;

    @Test
    void readsArticlesAgainByTheSourceTheBatchRecorded() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "\uFEFFنص\r\nأول", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.jsonl"), "\uFEFF{\"id\":\"x\",\"text\":\"س\"}\n\n{\"id\":\"y\",\"text\":\"ص\"}\n",
                StandardCharsets.UTF_8);
        // what the batch recorded, read the first time
        List<String> sources = new ArrayList<>();
        List<ArticleInput> first = new ArrayList<>();
        for (ArticleInput in : ArticleReader.of(List.of(Path.of("a.txt"), Path.of("b.jsonl")).stream()
                .map(dir::resolve).toList())) {
            sources.add(dir.relativize(Path.of(in.source().replaceAll(":\\d+$", ""))) + (in.source().matches(".*:\\d+")
                    ? in.source().substring(in.source().lastIndexOf(':')) : ""));
            first.add(in);
        }
        assertEquals(List.of("a.txt", "b.jsonl:1", "b.jsonl:3"), sources);
        List<ArticleSources.Reread> again = new ArrayList<>();
        new ArticleSources(dir).read(List.of("b.jsonl:3", "a.txt", "b.jsonl:1", "gone.txt", "b.jsonl:9"), again::add);
        assertEquals(5, again.size());
        for (ArticleSources.Reread r : again) {
            int i = sources.indexOf(r.source());
            if (i >= 0) {
                Article a = assertInstanceOf(Article.class, r.input());
                Article was = (Article) first.get(i);
                assertEquals(was.id(), a.id());
                assertEquals(was.text(), a.text());
            } else {
                BadInput bad = assertInstanceOf(BadInput.class, r.input());
                assertTrue(bad.error().contains(r.source()), bad.error());
                assertTrue(bad.error().contains(r.source().equals("gone.txt") ? "is gone" : "has no line 9"),
                        bad.error());
            }
        }
    }
}
