package org.arabicner.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.arabicner.ArabicNer;
import org.arabicner.ingest.Article;
import org.arabicner.ner.TokenTag;
import org.arabicner.resolve.EntityResolver;
import org.arabicner.resolve.KbLookup;
import org.arabicner.resolve.NameTransliterator;
import org.arabicner.resolve.Titles;
import org.arabicner.testing.Texts;
import org.junit.jupiter.api.Test;

class SafeAnnotatorTest {

    /** An annotator whose behaviour the article text chooses: ERROR, OOM, SLOW, or plain text. */
    static ArabicNer scripted() {
        return new ArabicNer(text -> {
            if (text.startsWith("ERROR")) {
                throw new Error("Error: could not match input");
            }
            if (text.startsWith("OOM")) {
                throw new OutOfMemoryError("Java heap space");
            }
            if (text.startsWith("SLOW")) {
                long end = System.nanoTime() + 5_000_000_000L;
                while (System.nanoTime() < end) {
                    Thread.onSpinWait(); // ignores interrupts, as CoreNLP's segmenter does
                }
            }
            return Texts.annotate(text);
        }, tokens -> tokens.stream().map(t -> TokenTag.outside()).toList(),
                new EntityResolver(Titles.standard(), KbLookup.none(), NameTransliterator.none()));
    }

    private static Article article(String text) {
        return new Article("a1", "in/a1.txt", text);
    }

    @Test
    void anErrorBecomesAFailureNamingTheFile() {
        try (SafeAnnotator s = new SafeAnnotator(scripted(), SafeAnnotator.Limits.defaults())) {
            SafeAnnotator.Failure f = assertInstanceOf(SafeAnnotator.Failure.class, s.annotate(article("ERROR في")));
            assertEquals(SafeAnnotator.FailureKind.CRASHED, f.kind());
            assertTrue(f.message().startsWith("in/a1.txt: annotation failed (Error: Error: could not match input)"),
                    f.message());
            assertFalse(f.fatal());
            assertEquals(List.of("a1", "in/a1.txt", "error", "8", "", "", f.message()), f.errorRow());
        }
    }

    @Test
    void outOfMemoryIsFatalAndSaysHowToContinue() {
        try (SafeAnnotator s = new SafeAnnotator(scripted(), SafeAnnotator.Limits.none())) {
            SafeAnnotator.Failure f = assertInstanceOf(SafeAnnotator.Failure.class, s.annotate(article("OOM")));
            assertEquals(SafeAnnotator.FailureKind.OUT_OF_MEMORY, f.kind());
            assertTrue(f.fatal());
            assertTrue(f.message().contains("--resume") && f.message().contains("-Xmx"), f.message());
        }
    }

    @Test
    void tooLongArticlesAreRefusedBeforeAnnotation() {
        try (SafeAnnotator s = new SafeAnnotator(scripted(), new SafeAnnotator.Limits(10, Duration.ZERO))) {
            SafeAnnotator.Failure f = assertInstanceOf(SafeAnnotator.Failure.class,
                    s.annotate(article("OOM but too long anyway")));
            assertEquals(SafeAnnotator.FailureKind.TOO_LONG, f.kind());
            assertTrue(f.message().contains("--max-chars"), f.message());
            assertInstanceOf(SafeAnnotator.Success.class, s.annotate(article("في الموصل")));
        }
    }

    @Test
    void anArticleOverTheTimeLimitIsGivenUpAndTheNextOneRuns() {
        try (SafeAnnotator s = new SafeAnnotator(scripted(), new SafeAnnotator.Limits(1000, Duration.ofMillis(300)))) {
            long t0 = System.nanoTime();
            SafeAnnotator.Failure f = assertInstanceOf(SafeAnnotator.Failure.class, s.annotate(article("SLOW")));
            assertTrue(System.nanoTime() - t0 < 4_000_000_000L, "the caller did not wait for the article");
            assertEquals(SafeAnnotator.FailureKind.TIMED_OUT, f.kind());
            assertTrue(f.message().contains("--time-limit"), f.message());
            assertInstanceOf(SafeAnnotator.Success.class, s.annotate(article("في الموصل")));
        }
    }
}
