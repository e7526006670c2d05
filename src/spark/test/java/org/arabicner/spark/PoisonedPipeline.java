package org.arabicner.spark;

import java.util.ArrayList;
import java.util.List;
import org.arabicner.ArabicNer;
import org.arabicner.annotation.Token;
import org.arabicner.ner.TokenTag;
import org.arabicner.resolve.EntityResolver;
import org.arabicner.resolve.KbLookup;
import org.arabicner.resolve.NameTransliterator;
import org.arabicner.resolve.Titles;
import org.arabicner.testing.Texts;

/**
 * A pipeline without models for the Spark tests: white-space tokens, الموصل and الرقة tagged as
 * places; an article starting with {@code POISON} makes the segmenter throw a
 * {@link StackOverflowError}, as a pathological article can.
 */
record PoisonedPipeline() implements PipelineFactory {

    @Override
    public ArabicNer create() {
        return new ArabicNer(text -> {
            if (text.startsWith("POISON")) {
                throw new StackOverflowError("deep recursion in the segmenter");
            }
            return Texts.annotate(text);
        }, tokens -> {
            List<TokenTag> tags = new ArrayList<>();
            for (Token t : tokens) {
                boolean place = t.text().startsWith("الموصل") || t.text().startsWith("الرقة");
                tags.add(place ? new TokenTag("B-LOC", 0.8) : TokenTag.outside());
            }
            return tags;
        }, new EntityResolver(Titles.standard(), KbLookup.none(), NameTransliterator.none()));
    }
}
