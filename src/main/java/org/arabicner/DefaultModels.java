package org.arabicner;

import java.util.List;
import org.arabicner.ner.SequenceTagger;
import org.arabicner.ner.TokenTag;
import org.arabicner.resolve.KbLookup;
import org.arabicner.resolve.NameTransliterator;

/** The models shipped in {@code models/} (on the classpath under {@code org/arabicner/models/}). */
final class DefaultModels {

    private DefaultModels() {
    }

    static SequenceTagger tagger() {
        return tokens -> java.util.Collections.nCopies(tokens.size(), TokenTag.outside());
    }

    static KbLookup knowledgeBase() {
        return KbLookup.none();
    }

    static NameTransliterator transliterator() {
        return NameTransliterator.none();
    }
}
