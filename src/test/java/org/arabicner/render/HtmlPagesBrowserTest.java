package org.arabicner.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.arabicner.ArabicNer;
import org.arabicner.ArticleEntities;
import org.arabicner.SharedPipeline;
import org.arabicner.ingest.Article;
import org.arabicner.ingest.ArticleInput;
import org.arabicner.ingest.ArticleReader;
import org.arabicner.ingest.BadInput;
import org.arabicner.ner.Mention;
import org.arabicner.output.CorpusOutput;
import org.arabicner.table.Entity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The rendered pages in a real browser (headless Debian chromium through Selenium): the seed
 * article's page, the overview, and an article whose id and text are HTML. Skips, saying why,
 * where chromium or chromedriver is not installed. Screenshots go to target/screenshots/.
 */
class HtmlPagesBrowserTest {

    private static final String SEED_ID = "000_1b8f06fc3ce38c5b";
    private static final String HOSTILE_ID = "<img src=x onerror=window.pwned=3>";
    private static final String HOSTILE_TEXT = "<script>window.pwned = 1;</script> قال الكولونيل رايان ديلون في"
            + " بغداد <img src=x onerror=\"window.pwned=2\"> إن التحالف & <b>داعش</b> &amp; </textarea>";

    @TempDir
    static Path tmp;

    private static ChromeDriver browser;
    private static Map<String, ArticleEntities> annotated;
    private static Path html;
    private static Path screenshots;

    /** Selenium warns on every start that it has no CDP bindings for this chromium; the test uses none. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    @BeforeAll
    static void renderSeedAndStartBrowser() throws IOException {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        var missing = HeadlessChromium.missing();
        if (missing.isPresent()) {
            System.out.println("[skip] HtmlPagesBrowserTest: " + missing.get());
        }
        Assumptions.assumeTrue(missing.isEmpty(), () -> missing.orElse(""));

        Path home = Path.of(System.getProperty("arner.home", "."));
        Path jsonl = tmp.resolve("more.jsonl");
        Gson gson = new Gson();
        Files.writeString(jsonl, "{\"id\": " + gson.toJson(HOSTILE_ID) + ", \"text\": " + gson.toJson(HOSTILE_TEXT)
                + "}\n{not json\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        ArabicNer ner = SharedPipeline.get();
        annotated = new HashMap<>();
        try (CorpusOutput output = CorpusOutput.open(out, false, false)) {
            // the seed by a relative path, as a user runs it from the project directory (Maven's
            // working directory)
            for (ArticleInput in : ArticleReader.of(List.of(Path.of("seeds", SEED_ID + ".txt"), jsonl))) {
                if (in instanceof Article a) {
                    ArticleEntities result = ner.annotate(a.id(), a.text());
                    annotated.put(a.id(), result);
                    output.write(result, a.source());
                } else {
                    BadInput bad = (BadInput) in;
                    output.writeError(bad.id(), bad.source(), -1, bad.error());
                }
            }
            output.finish();
        }
        html = tmp.resolve("html");
        new HtmlRenderer(2, 15).render(out, html, Path.of(""));
        screenshots = home.resolve("target/screenshots");
        Files.createDirectories(screenshots);
        browser = HeadlessChromium.start(1400, 1000);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void seedPageHighlightsEachMentionWithItsTypeShowsTooltipsAndMarksAllMentionsOfAnEntity() throws IOException {
        ArticleEntities seed = annotated.get(SEED_ID);
        browser.get(html.resolve("articles").resolve(SEED_ID + ".html").toUri().toString());

        // every mention, in text order, highlighted with its type as class, attribute and text
        List<WebElement> marks = browser.findElements(By.cssSelector("#text mark.m"));
        List<Mention> mentions = seed.mentions();
        assertEquals(mentions.size(), marks.size(), "one highlight per mention");
        Set<String> backgrounds = new HashSet<>();
        for (int i = 0; i < marks.size(); i++) {
            WebElement mark = marks.get(i);
            String type = mentions.get(i).type().name();
            assertEquals(type, mark.getDomAttribute("data-type"));
            assertTrue(mark.getDomAttribute("class").contains(type));
            assertEquals(type, mark.findElement(By.cssSelector(".ty")).getText());
            assertEquals(mentions.get(i).text() + type, js("return arguments[0].textContent;", mark),
                    "mention text from the original, then its type");
            backgrounds.add(type + "=" + mark.getCssValue("background-color"));
        }
        assertEquals(backgrounds.stream().map(s -> s.substring(0, s.indexOf('='))).distinct().count(),
                backgrounds.stream().map(s -> s.substring(s.indexOf('=') + 1)).distinct().count(),
                "each type its own colour: " + backgrounds);
        assertEquals(seed.text(), ((String) js("return document.getElementById('text').textContent;"))
                .replaceAll("(PERS|LOC|ORG|MISC)", ""), "the whole original text, spelling unchanged");

        // hovering over and focusing رايان ديلون shows its English name
        WebElement ryan = marks.stream().filter(m -> m.getText().startsWith("رايان ديلون")).findFirst().orElseThrow();
        WebElement tip = browser.findElement(By.id(ryan.getDomAttribute("aria-describedby")));
        assertFalse(tip.isDisplayed());
        new Actions(browser).moveToElement(ryan).perform();
        assertTrue(tip.isDisplayed(), "tooltip shown on hover");
        assertTrue(tip.getText().contains("Ryan Dillon"), tip.getText());
        assertTrue(tip.getText().contains("PERS"), tip.getText());
        assertTrue(tip.getText().contains("الكولونيل"), "titles in the tooltip: " + tip.getText());
        new Actions(browser).moveToElement(browser.findElement(By.tagName("h1"))).perform();
        assertFalse(tip.isDisplayed(), "tooltip hidden when the pointer leaves");
        js("arguments[0].focus();", ryan);
        assertTrue(tip.isDisplayed(), "tooltip shown on keyboard focus");
        js("arguments[0].blur();", ryan);

        // the keyboard alone: Tab past the two navigation links reaches the first mention and its tooltip
        browser.navigate().refresh();
        marks = browser.findElements(By.cssSelector("#text mark.m"));
        Actions tab = new Actions(browser);
        for (int i = 0; i < 3; i++) {
            tab.sendKeys(Keys.TAB);
        }
        tab.perform();
        assertEquals(marks.get(0), browser.switchTo().activeElement(), "Tab reaches the first mention");
        WebElement firstTip = browser.findElement(By.id(marks.get(0).getDomAttribute("aria-describedby")));
        assertTrue(firstTip.isDisplayed(), "its tooltip is shown");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        String first = marks.get(0).getDomAttribute("data-e");
        assertEquals(marks.stream().filter(m -> first.equals(m.getDomAttribute("data-e"))).count(),
                browser.findElements(By.cssSelector("#text mark.picked")).size(), "Enter marks its entity's mentions");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        ryan = marks.stream().filter(m -> m.getText().startsWith("رايان ديلون")).findFirst().orElseThrow();

        // clicking the entity in the table marks exactly its mentions
        Entity dillon = seed.find("Ryan Dillon").orElseThrow();
        WebElement button = browser.findElement(By.xpath("//button[@class='pick' and normalize-space()='Ryan Dillon']"));
        button.click();
        List<WebElement> picked = browser.findElements(By.cssSelector("#text mark.picked"));
        assertEquals(dillon.mentionCount(), picked.size());
        for (WebElement m : picked) {
            assertEquals(button.getDomAttribute("data-e"), m.getDomAttribute("data-e"));
        }
        assertEquals("true", button.getDomAttribute("aria-pressed"));
        assertEquals(dillon.mentionCount() + " mentions marked in the text", browser.findElement(By.id("status")).getText());
        new Actions(browser).moveToElement(ryan).perform();
        save("seed-article.png"); // an entity marked, a tooltip open: the README's picture
        new Actions(browser).moveToElement(browser.findElement(By.tagName("h1"))).perform();
        button.sendKeys(Keys.ENTER); // keyboard: the same button again clears the marks
        assertEquals(0, browser.findElements(By.cssSelector("#text mark.picked")).size());

        // clicking a mention marks all mentions of its entity
        marks.get(0).click();
        String entity = marks.get(0).getDomAttribute("data-e");
        long expected = marks.stream().filter(m -> entity.equals(m.getDomAttribute("data-e"))).count();
        assertEquals(expected, browser.findElements(By.cssSelector("#text mark.picked")).size());
    }

    @Test
    void overviewListsArticlesErrorsAndTopEntitiesLinkingToTheirArticles() throws IOException {
        browser.get(html.resolve("index.html").toUri().toString());
        WebElement seedLink = browser.findElement(By.xpath("//table[@id='articles']//a[normalize-space()='" + SEED_ID + "']"));
        List<WebElement> cells = seedLink.findElement(By.xpath("ancestor::tr")).findElements(By.tagName("td"));
        assertEquals(Integer.toString(annotated.get(SEED_ID).entities().size()), cells.get(1).getText());
        String errors = browser.findElement(By.id("errors")).getText();
        assertTrue(errors.contains("malformed JSON"), errors);
        WebElement people = browser.findElement(By.id("top-PERS"));
        assertTrue(people.getText().contains("Ryan Dillon"), people.getText());
        assertTrue(browser.findElement(By.id("top-LOC")).getText().contains("Iraq"));
        save("index.png");

        people.findElement(By.linkText("Ryan Dillon")).click();
        List<WebElement> links = browser.findElements(By.cssSelector("#occurrences a"));
        List<String> ids = new ArrayList<>();
        links.forEach(l -> ids.add(l.getText()));
        assertTrue(ids.contains(SEED_ID), "the seed mentions Ryan Dillon: " + ids);
        browser.findElement(By.linkText(SEED_ID)).click();
        assertTrue(browser.getCurrentUrl().endsWith("/articles/" + SEED_ID + ".html"), browser.getCurrentUrl());
        assertNotNull(browser.findElement(By.id("text")));
    }

    @Test
    void htmlInAnArticleIdAndTextIsShownAsTextNeverRun() throws IOException {
        browser.get(html.resolve("index.html").toUri().toString());
        WebElement link = browser.findElement(By.xpath("//table[@id='articles']//a[contains(., 'onerror')]"));
        assertEquals(HOSTILE_ID, link.getText());
        link.click();
        assertEquals(HOSTILE_ID, browser.findElement(By.cssSelector("h1 bdi")).getText());
        WebElement text = browser.findElement(By.id("text"));
        assertEquals(HOSTILE_TEXT, ((String) js("return arguments[0].textContent;", text))
                .replaceAll("(PERS|LOC|ORG|MISC)", ""));
        assertEquals(0L, js("return arguments[0].querySelectorAll('script, img, b, textarea').length;", text));
        assertEquals(1L, js("return document.scripts.length;"), "only the page's own script");
        assertEquals("undefined", js("return typeof window.pwned;"));
        save("hostile-article.png");
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void save(String name) throws IOException {
        Files.write(screenshots.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
