package org.arabicner.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.arabicner.annotation.Token;
import org.arabicner.corenlp.train.CrfTrainer;
import org.arabicner.ner.TokenTag;
import org.arabicner.ner.WordFeatureLexicon;
import org.arabicner.text.CharSpan;
import org.arabicner.train.TaggedSentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains a tiny CRF on made-up sentences, writes it, reloads it from its path and tags with it. */
class CrfTaggerTest {

    private static List<Token> tokens(String... words) {
        List<Token> out = new ArrayList<>();
        int pos = 0;
        for (String w : words) {
            out.add(new Token(w, w, new CharSpan(pos, pos + w.length()), "NN", false));
            pos += w.length() + 1;
        }
        return out;
    }

    @Test
    void trainsWritesReloadsAndTags(@TempDir Path dir) {
        List<TaggedSentence> data = new ArrayList<>();
        String[] cities = {"دمشق", "بغداد", "القاهرة", "عمان", "بيروت"};
        String[] people = {"محمد", "علي", "احمد", "حسن", "سمير"};
        for (int i = 0; i < 5; i++) {
            data.add(new TaggedSentence(tokens("زار", people[i], "مدينة", cities[i], "امس"),
                    List.of("O", "B-PERS", "O", "B-LOC", "O")));
        }
        Properties p = new Properties();
        p.setProperty("useClassFeature", "true");
        p.setProperty("useWord", "true");
        p.setProperty("usePrev", "true");
        p.setProperty("useNext", "true");
        p.setProperty("useDistSim", "true");
        p.setProperty("useGazFeatures", "true");
        WordFeatureLexicon lexicon = new WordFeatureLexicon(Map.of("دمشق", "c1", "حلب", "c1"),
                Map.of("حلب", "LOC"));
        Path model = dir.resolve("tiny.ser.gz");
        new CrfTrainer(p, lexicon).train(data, model);
        assertTrue(Files.exists(dir.resolve("tiny.lexicon.tsv.gz")), "lexicon sidecar written");

        CrfTagger tagger = new CrfTagger(model);
        List<TokenTag> tags = tagger.tag(tokens("زار", "محمد", "مدينة", "دمشق", "امس"));
        assertEquals(List.of("O", "B-PERS", "O", "B-LOC", "O"), tags.stream().map(TokenTag::label).toList());
        for (TokenTag t : tags) {
            assertTrue(t.probability() > 0 && t.probability() <= 1, "marginal in (0, 1]: " + t);
        }
        assertEquals(List.of(), tagger.tag(List.of()));
    }
}
