package org.arabicner.render;

import static org.arabicner.testing.Texts.annotate;
import static org.arabicner.testing.Texts.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arabicner.ArticleEntities;
import org.arabicner.ner.Mention;
import org.arabicner.output.CorpusOutput;
import org.arabicner.resolve.EntityResolver;
import org.arabicner.resolve.KbLookup;
import org.arabicner.resolve.NameTransliterator;
import org.arabicner.resolve.Titles;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages as HTML text, without a browser: what they hold, escaping, missing and changed sources. */
class HtmlRendererTest {

    private static final String A1 = "قال الكولونيل رايان ديلون في بغداد <b>مرحبا</b> & وزار ديلون الموصل.";
    private static final String A2 = "<script>alert(1)</script> زار رايان ديلون بغداد.";

    @TempDir
    Path dir;

    private static ArticleEntities article(String id, String text, List<Mention> mentions) {
        EntityResolver r = new EntityResolver(Titles.standard(), KbLookup.none(), NameTransliterator.none());
        return new ArticleEntities(id, text, text.split(" ").length, r.resolve(id, annotate(text), mentions));
    }

    /** Writes a batch output of: a1 (a .txt), a2 (a JSONL line), gone, changed, and an error row. */
    private Path batch() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("a1.txt"), "\uFEFF" + A1, StandardCharsets.UTF_8);
        Files.writeString(texts.resolve("more.jsonl"), "{\"id\":\"a2\",\"text\":\"" + A2.replace("\"", "\\\"")
                + "\"}\n", StandardCharsets.UTF_8);
        String changed = "زار رايان ديلون بغداد.";
        Files.writeString(texts.resolve("changed.txt"), changed, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        try (CorpusOutput o = CorpusOutput.open(out, false, false)) {
            o.write(article("a1", A1, List.of(mention(A1, "رايان ديلون", 0, EntityType.PERS),
                    mention(A1, "بغداد", 0, EntityType.LOC), mention(A1, "ديلون", 1, EntityType.PERS),
                    mention(A1, "الموصل", 0, EntityType.LOC))), "texts/a1.txt");
            o.write(article("a2", A2, List.of(mention(A2, "رايان ديلون", 0, EntityType.PERS))), "texts/more.jsonl:1");
            o.write(article("gone", A2, List.of(mention(A2, "بغداد", 0, EntityType.LOC))), "texts/gone.txt");
            o.write(article("changed", changed + " أمس", List.of(mention(changed, "بغداد", 0, EntityType.LOC))),
                    "texts/changed.txt");
            o.writeError("bad<i>", "texts/bad.txt", -1, "texts/bad.txt: empty article <i>(no text)</i>");
            o.finish();
        }
        return out;
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void articlePageHighlightsEveryMentionByTypeBesideTheEntityTable() throws IOException {
        Path out = batch();
        RenderReport report = new HtmlRenderer(2, 10).render(out, dir.resolve("html"), dir);
        assertEquals(4, report.pages());
        assertEquals(2, report.withoutText());
        assertEquals(1, report.errors());
        String page = read(dir.resolve("html/articles/a1.html"));

        Matcher marks = Pattern.compile("<mark class=\"m (\\w+)\" data-e=\"(\\d+)\" data-type=\"(\\w+)\"[^>]*>([^<]*)"
                + "<span class=\"ty\" aria-hidden=\"true\">(\\w+)</span></mark>").matcher(page);
        StringBuilder seen = new StringBuilder();
        while (marks.find()) {
            assertEquals(marks.group(1), marks.group(3));
            assertEquals(marks.group(1), marks.group(5));
            seen.append(marks.group(4)).append('/').append(marks.group(1)).append(' ');
        }
        assertEquals("رايان ديلون/PERS بغداد/LOC ديلون/PERS الموصل/LOC ", seen.toString());
        assertTrue(page.contains("<div id=\"text\" lang=\"ar\" dir=\"rtl\">قال الكولونيل <mark"), "text without the BOM");
        assertTrue(page.contains("&lt;b&gt;مرحبا&lt;/b&gt; &amp; وزار"), "markup in the text escaped");
        assertFalse(page.contains("<b>مرحبا"));
        assertTrue(page.contains("<table id=\"entities\">"));
        assertTrue(page.contains("id=\"tip-0\""), "a tooltip per entity");
        assertTrue(page.contains("الكولونيل</span>"), "titles in the tooltip");
        assertFalse(page.contains("http://") || page.contains("https://") || page.contains(" src="),
                "nothing loaded from elsewhere");
        assertTrue(page.contains("href=\"a2.html\""), "next article");
        assertTrue(read(dir.resolve("html/articles/a2.html")).contains("&lt;script&gt;alert(1)&lt;/script&gt; زار"));
    }

    @Test
    void goneAndChangedSourcesGetTheirTableAndSayWhyTheTextIsMissing() throws IOException {
        Path out = batch();
        new HtmlRenderer(1, 10).render(out, dir.resolve("html"), dir);
        String gone = read(dir.resolve("html/articles/gone.html"));
        assertTrue(gone.contains("texts/gone.txt is gone"), gone);
        assertTrue(gone.contains("--sources DIR"));
        assertFalse(gone.contains("<div id=\"text\""));
        assertTrue(gone.contains("<table id=\"entities\">"));
        String changed = read(dir.resolve("html/articles/changed.html"));
        assertTrue(changed.contains("changed since the run"), changed);

        String index = read(dir.resolve("html/index.html"));
        assertTrue(index.contains("texts/bad.txt: empty article &lt;i&gt;(no text)&lt;/i&gt;"), "error message, escaped");
        assertTrue(index.contains("bad&lt;i&gt;"));
        assertTrue(index.contains("text not shown: source texts/gone.txt is gone"));
        assertTrue(index.contains("4 articles annotated · 1 error"));
    }

    @Test
    void overviewRanksEntitiesByArticlesAndLinksThemToTheirArticles() throws IOException {
        Path out = batch();
        new HtmlRenderer(1, 10).render(out, dir.resolve("html"), dir);
        String index = read(dir.resolve("html/index.html"));
        // رايان ديلون is in a1 and a2; بغداد in a1, gone and changed
        // (no English names without a knowledge base and transliterator: the Arabic name is the link)
        Matcher top = Pattern.compile("<div id=\"top-LOC\">.*?<li data-type=\"LOC\"><a href=\"([^\"]+)\">"
                + "<span lang=\"ar\" dir=\"rtl\">([^<]+)</span></a> <span class=\"note\">3 articles, 3 mentions", Pattern.DOTALL)
                .matcher(index);
        assertTrue(top.find(), index);
        assertEquals("بغداد", top.group(2));
        String entityPage = read(dir.resolve("html").resolve(top.group(1)));
        for (String id : List.of("a1", "changed", "gone")) {
            assertTrue(entityPage.contains("href=\"../articles/" + id + ".html\""), entityPage);
        }
    }

    @Test
    void theSameOutputGivesTheSamePagesAndStalePagesGo() throws IOException {
        Path out = batch();
        Path html = dir.resolve("html");
        new HtmlRenderer(2, 10).render(out, html, dir);
        String first = read(html.resolve("index.html")) + read(html.resolve("articles/a1.html"));
        Files.writeString(html.resolve("articles/old.html"), "from an earlier render");
        new HtmlRenderer(1, 10).render(out, html, dir);
        assertEquals(first, read(html.resolve("index.html")) + read(html.resolve("articles/a1.html")));
        assertFalse(Files.exists(html.resolve("articles/old.html")));
    }

    @Test
    void aDirectoryWithoutOutputIsAnErrorNamingTheFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HtmlRenderer(1, 10).render(dir, dir.resolve("html"), dir));
        assertTrue(e.getMessage().contains("articles.csv is missing"), e.getMessage());
    }

    @Test
    void fileNamesNeverLeaveTheDirectoryOrCollide() {
        assertEquals("000_1b8f06fc3ce38c5b.html", Html.fileName("000_1b8f06fc3ce38c5b"));
        for (String id : List.of("../x", "a/b", "<img src=x>", ".hidden", "خبر 1", "")) {
            String f = Html.fileName(id);
            assertFalse(f.contains("/") || f.contains("\\") || f.startsWith(".") || f.contains("<"), f);
        }
        assertNotEquals(Html.fileName("a/b"), Html.fileName("a_b"));
        assertNotEquals(Html.fileName("a/b"), Html.fileName("a:b"));
        assertEquals("%D8%AE%D8%A8%D8%B1_1-x.html", Html.href("خبر_1-x.html"));
        assertEquals("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;\uFFFD", Html.text("<a href=\"x\" onclick='y'>&\u0001"));
    }
}
