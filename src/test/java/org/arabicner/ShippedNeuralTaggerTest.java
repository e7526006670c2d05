package org.arabicner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arabicner.ner.Mention;
import org.arabicner.ner.neural.BiLstmCrf;
import org.arabicner.ner.neural.NeuralTagger;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.Test;

/** The shipped neural model (opt-in, {@code --tagger neural}), a BiLSTM-CRF, loads and finds the seed article's people and places. */
class ShippedNeuralTaggerTest {

    @Test
    void tagsTheSeedArticlesPeopleAndPlaces() throws IOException {
        Path seed = Path.of(System.getProperty("arner.home", "."), "seeds", "000_1b8f06fc3ce38c5b.txt");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        ArabicNer ner = ArabicNer.with(new ArabicNer.Options(null, true, true, 1.0, java.util.EnumSet.allOf(ArabicNer.Rule.class), ArabicNer.TaggerKind.NEURAL,
                null, 0.5));
        assertTrue(NeuralTagger.withDefaultModel().network()
                instanceof BiLstmCrf, "the shipped neural model is a BiLSTM-CRF");
        List<Mention> mentions = ner.mentions(text);
        for (String[] expected : List.of(new String[] {"PERS", "رايان ديلون"}, new String[] {"LOC", "الموصل"},
                new String[] {"LOC", "الرقة"}, new String[] {"LOC", "العراق"}, new String[] {"LOC", "سورية"})) {
            assertTrue(mentions.stream().anyMatch(m -> m.type() == EntityType.valueOf(expected[0])
                    && m.text().equals(expected[1])), expected[0] + " " + expected[1] + " not in " + mentions);
        }
        assertTrue(mentions.stream().anyMatch(m -> m.type() == EntityType.PERS && m.text().endsWith("فيلكس جيدني")),
                mentions.toString());
    }
}
