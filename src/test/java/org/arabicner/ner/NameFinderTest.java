package org.arabicner.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.arabicner.annotation.AnnotatedText;
import org.arabicner.annotation.Token;
import org.arabicner.testing.Texts;
import org.arabicner.text.EntityType;
import org.arabicner.text.Names;
import org.junit.jupiter.api.Test;

class NameFinderTest {

    /** Tags the first occurrence of داعش only, as a model that saw it once in context would. */
    private static final SequenceTagger FIRST_ONLY = tokens -> {
        List<TokenTag> tags = new ArrayList<>();
        for (Token t : tokens) {
            tags.add(t.text().equals("داعش") && t.start() < 10 ? new TokenTag("B-ORG", 0.9) : TokenTag.outside());
        }
        return tags;
    };

    private final String text = "قاتل داعش في المدينة. وهزيمة داعش قريبة. ثم الموصل .";

    @Test
    void mentionsCutTheOriginalText() {
        AnnotatedText a = Texts.annotate(text);
        List<Mention> ms = new NameFinder(FIRST_ONLY).find(a);
        assertEquals(1, ms.size());
        assertEquals("داعش", ms.get(0).text());
        assertEquals(ms.get(0).text(), text.substring(ms.get(0).start(), ms.get(0).end()));
        assertEquals(0.9, ms.get(0).confidence());
    }

    @Test
    void aNameTaggedOnceIsTaggedEverywhereInTheArticle() {
        List<Mention> ms = new NameFinder(FIRST_ONLY, new MentionPropagator(0.5)).find(Texts.annotate(text));
        assertEquals(2, ms.size());
        assertEquals(EntityType.ORG, ms.get(1).type());
        assertEquals(1, ms.get(1).sentence());
    }

    @Test
    void dictionaryBackOffAddsOnlyWhatTheModelMissed() {
        SequenceTagger tagger = new DictionaryBackoffTagger(FIRST_ONLY,
                Map.of(Names.arabicKey("الموصل"), EntityType.LOC,
                        Names.arabicKey("داعش"), EntityType.PERS), 3);
        List<Mention> ms = new NameFinder(tagger).find(Texts.annotate(text));
        assertEquals(List.of("داعش/ORG", "داعش/PERS", "الموصل/LOC"),
                ms.stream().map(m -> m.text() + "/" + m.type()).toList());
    }
}
