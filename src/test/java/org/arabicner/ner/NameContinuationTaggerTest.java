package org.arabicner.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.arabicner.annotation.Token;
import org.arabicner.testing.Texts;
import org.arabicner.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

class NameContinuationTaggerTest {

    /** Tags يوسف and رايان as people, nothing else, as the model does in news about Tunisia. */
    private static final SequenceTagger GIVEN_NAMES_ONLY = tokens -> {
        List<TokenTag> tags = new ArrayList<>();
        for (Token t : tokens) {
            tags.add(t.text().equals("يوسف") || t.text().equals("رايان") ? new TokenTag("I-PERS", 0.9) : TokenTag.outside());
        }
        return tags;
    };

    private final SequenceTagger tagger = new NameContinuationTagger(GIVEN_NAMES_ONLY,
            Set.of(ArabicNormalizer.normalize("الشاهد"), ArabicNormalizer.normalize("السبسي")));

    private List<String> people(String text) {
        return new NameFinder(tagger).find(Texts.annotate(text)).stream().map(Mention::text).toList();
    }

    @Test
    void aFamilyNameAfterAGivenNameJoinsIt() {
        assertEquals(List.of("يوسف الشاهد"), people("قال رئيس الحكومة يوسف الشاهد إن الوضع صعب ."));
        assertEquals(List.of("يوسف الشاهد السبسي"), people("قال يوسف الشاهد السبسي ."));
    }

    @Test
    void onlyFamilyNamesRightAfterAPersonJoin() {
        assertEquals(List.of("رايان"), people("قال رايان إن الشاهد غاب ."));
        assertEquals(List.of(), people("حضر الشاهد ."));
    }
}
