package org.arabicner.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arabicner.annotation.Sentence;
import org.arabicner.annotation.Token;
import org.arabicner.ner.TokenTag;
import org.junit.jupiter.api.Test;

/**
 * {@link CrfTagger#tag} reads the Viterbi path from the clique tree it builds for the marginals;
 * it must give exactly what CoreNLP's {@code classify} gives, on the shipped model and real text
 * (the seed article, and its sentences reversed for odd label sequences).
 */
class CrfTaggerDecodingTest {

    @Test
    void viterbiFromTheSharedTreeEqualsCoreNlpsClassify() throws IOException {
        String text;
        try (var files = Files.list(Path.of("seeds"))) {
            Path seed = files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            text = Files.readString(seed, StandardCharsets.UTF_8);
        }
        CoreNlpAnnotator annotator = CoreNlpAnnotator.withArabicModels();
        CrfTagger tagger = CrfTagger.withDefaultModel();
        List<List<Token>> sentences = new ArrayList<>();
        for (Sentence s : annotator.annotate(text).sentences()) {
            sentences.add(s.tokens());
            List<Token> reversed = new ArrayList<>(s.tokens());
            java.util.Collections.reverse(reversed);
            sentences.add(reversed);
        }
        int names = 0;
        for (List<Token> sentence : sentences) {
            List<String> ours = tagger.tag(sentence).stream().map(TokenTag::label).toList();
            assertEquals(tagger.classifiedByCoreNlp(sentence), ours, sentence.toString());
            names += (int) ours.stream().filter(l -> !l.equals(TokenTag.OUTSIDE)).count();
        }
        assertTrue(names > 10, "the seed article has names to decode, got " + names);
    }
}
