package org.arabicner.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.international.arabic.process.ArabicTokenizer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UntokenizableTest {

    /** Every BMP code point: the table says untokenisable exactly when CoreNLP's lexer complains. */
    @Test
    void tableMatchesTheLexerOnTheBasicPlane() {
        var factory = ArabicTokenizer.factory();
        factory.setOptions("removeProMarker,removeMorphMarker,removeLengthening"); // as ArabicSegmenter does
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        List<String> wrong = new ArrayList<>();
        try {
            System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
            for (int cp = 0; cp < 0x10000; cp++) {
                if (Character.isSurrogate((char) cp)) {
                    continue;
                }
                buf.reset();
                var t = factory.getTokenizer(new StringReader("a" + (char) cp + "a"));
                while (t.hasNext()) {
                    t.next();
                }
                boolean complains = buf.size() > 0;
                if (complains != Untokenizable.contains(cp)) {
                    wrong.add(Integer.toHexString(cp));
                }
            }
        } finally {
            System.setErr(err);
        }
        assertTrue(wrong.isEmpty(), "untokenizable.txt disagrees with CoreNLP on " + wrong.size()
                + " code points, e.g. " + wrong.subList(0, Math.min(20, wrong.size())));
    }

    @Test
    void maskKeepsLengthAndTouchesOnlyUntokenisableChars() {
        String text = "في \uD83D\uDE00 الموصل \uD800 x\u0001y \uFFFD";
        String masked = Untokenizable.mask(text);
        assertEquals(text.length(), masked.length());
        assertEquals("في    الموصل   x y  ", masked);
        assertEquals("في الموصل", Untokenizable.mask("في الموصل"));
    }
}
