package org.arabicner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {

    @Test
    void readsSpaceAndTabSeparatedColumnsWithTagLast() throws Exception {
        String text = "\uFEFFفرانكفورت B-LOC\r\n(د O\r\n\r\n\r\nجامعة\tX\tB-ORG\nالقاهرة I-ORG\n";
        List<ConllSentence> s = ConllReader.read(new StringReader(text));
        assertEquals(2, s.size());
        assertEquals(List.of("فرانكفورت", "(د"), s.get(0).words());
        assertEquals(List.of("B-LOC", "O"), s.get(0).tags());
        assertEquals(List.of("B-ORG", "I-ORG"), s.get(1).tags());
        assertEquals("جامعة القاهرة", s.get(1).text());
    }

    @Test
    void rejectsLineWithoutTag() {
        assertThrows(IllegalArgumentException.class, () -> ConllReader.read(new StringReader("كلمة\n")));
    }
}
