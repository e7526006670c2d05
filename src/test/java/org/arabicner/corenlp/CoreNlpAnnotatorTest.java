package org.arabicner.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.arabicner.annotation.AnnotatedText;
import org.arabicner.annotation.Sentence;
import org.arabicner.annotation.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {

    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = CoreNlpAnnotator.withArabicModels();
    }

    private static List<Token> tokens(AnnotatedText t) {
        return t.sentences().stream().flatMap(s -> s.tokens().stream()).toList();
    }

    @Test
    void offsetsCutTheOriginalSpellingNotTheSegmentersRewrite() {
        String text = "أشارت «الدولة الإسلامية» إلى آلاف المقاتلين.";
        AnnotatedText a = annotator.annotate(text);
        for (Token t : tokens(a)) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertTrue(tokens(a).stream().anyMatch(t -> t.text().equals("«") && !t.word().equals("«")),
                "the segmenter rewrites quote marks; text keeps them");
        assertTrue(tokens(a).stream().anyMatch(t -> t.text().equals("آلاف") && !t.word().equals("آلاف")),
                "the segmenter rewrites alef madda; text keeps it");
    }

    @Test
    void procliticsAreSeparateAttachedTokens() {
        String text = "خسر مدينتي الموصل والرقة وقاتل بالعراق.";
        List<Token> ts = tokens(annotator.annotate(text));
        Token raqqa = ts.stream().filter(t -> t.text().equals("الرقة")).findFirst().orElseThrow();
        assertTrue(raqqa.attached());
        Token waw = ts.get(ts.indexOf(raqqa) - 1);
        assertEquals("و", waw.text());
        assertFalse(waw.attached());
        assertTrue(ts.stream().anyMatch(t -> t.text().equals("العراق") && t.attached()));
    }

    @Test
    void sentencesAreSplitAndIndexed() {
        AnnotatedText a = annotator.annotate("قال ديلون إن التحالف باق. وأضاف أن المعركة مستمرة.");
        assertEquals(2, a.sentences().size());
        for (int i = 0; i < a.sentences().size(); i++) {
            assertEquals(i, a.sentences().get(i).index());
        }
        assertTrue(a.tokenCount() >= 10);
    }

    @Test
    void oneSharedPipelineGivesTheSameTokensOnManyThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            texts.add("وقال الكولونيل رايان ديلون إن " + i + " من مقاتلي داعش في الموصل والرقة وسورية. وأضاف أن"
                    + " الولاياتالمتحدة لن تبقى في العراق " + (i * 7) + " عاما.");
        }
        List<String> alone = new ArrayList<>();
        for (String t : texts) {
            alone.add(signature(annotator.annotate(t)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> together = new ArrayList<>();
            for (String t : texts) {
                together.add(pool.submit(() -> signature(annotator.annotate(t))));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(alone.get(i), together.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String signature(AnnotatedText a) {
        StringBuilder b = new StringBuilder();
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                b.append(t.word()).append('/').append(t.pos()).append('/').append(t.start()).append(' ');
            }
        }
        return b.toString();
    }
}
