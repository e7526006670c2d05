package org.arabicner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikiFaneReaderTest {

    @Test
    void mapsFineClassesAndStripsBidiMarks(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("wf.txt");
        Files.writeString(f, "\uFEFF\u200Eجمهورية\tB-Nation\r\n\u200Eمصر\tI-Nation\r\n\u200Eالعرب\tB-Group\r\n"
                + "\u200Eمايكروسوفت\tB-Commercial\r\n\u200Eويندوز\tB-Software\r\n\r\n\u200Eنجيب\tB-Artist\r\n",
                StandardCharsets.UTF_8);
        List<ConllSentence> s = WikiFaneReader.read(f);
        assertEquals(2, s.size());
        assertEquals(List.of("جمهورية", "مصر", "العرب", "مايكروسوفت", "ويندوز"), s.get(0).words());
        assertEquals(List.of("B-LOC", "I-LOC", "O", "B-ORG", "B-MISC"), s.get(0).tags());
        assertEquals(List.of("B-PERS"), s.get(1).tags());
    }

    @Test
    void ioEncodingTurnsBeginIntoInside() {
        List<org.arabicner.annotation.Token> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tokens.add(new org.arabicner.annotation.Token("x", "x", new org.arabicner.text.CharSpan(2 * i, 2 * i + 1), "NN", false));
        }
        TaggedSentence t = new TaggedSentence(tokens, List.of("B-PERS", "I-PERS", "O", "B-LOC"));
        assertEquals(List.of("I-PERS", "I-PERS", "O", "I-LOC"), LabelEncoding.toInsideOutside(t).labels());
        assertEquals("O", WikiFaneReader.coarse("O"));
        assertEquals("O", WikiFaneReader.coarse("B-Unknown"));
    }
}
