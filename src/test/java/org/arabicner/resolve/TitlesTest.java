package org.arabicner.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.arabicner.text.ArabicNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitlesTest {

    private final Titles titles = Titles.standard();

    private static List<String> words(String s) {
        return List.of(ArabicNormalizer.normalize(s).split(" "));
    }

    @ParameterizedTest(name = "{0}: {1} words")
    @CsvSource({
        "الكولونيل رايان ديلون, 1",
        "الميجر جنرال فيلكس جيدني, 2",
        "والرئيس بشار الأسد, 1",
        "كالرئيس بشار الأسد, 1",
        "الشيخ حمد, 1",
        "آية الله علي خامنئي, 2",
        "رايان ديلون, 0",
    })
    void leadingTitleLength(String phrase, int expected) {
        assertEquals(expected, titles.titleLengthAt(words(phrase), 0));
    }

    @ParameterizedTest(name = "{0}: {1} words end it")
    @CsvSource({
        "قال الميجر جنرال, 2",
        "في الجيش, 0",
        "وقال الكولونيل, 1",
    })
    void trailingTitleLength(String phrase, int expected) {
        List<String> w = words(phrase);
        assertEquals(expected, titles.titleLengthEndingAt(w, w.size()));
    }
}
