package org.arabicner;

import java.util.List;
import org.arabicner.kb.KnowledgeBase;
import org.arabicner.ner.SequenceTagger;
import org.arabicner.ner.TokenTag;
import org.arabicner.resolve.KbLookup;
import org.arabicner.resolve.NameTransliterator;
import org.arabicner.translit.Transliterator;

/** The models shipped in {@code models/} (on the classpath under {@code org/arabicner/models/}). */
final class DefaultModels {

    private DefaultModels() {
    }

    static SequenceTagger tagger() {
        return tokens -> java.util.Collections.nCopies(tokens.size(), TokenTag.outside());
    }

    static KbLookup knowledgeBase() {
        KnowledgeBase kb = KnowledgeBase.loadDefault();
        return (name, type, context) -> kb.link(name, type, context)
                .map(e -> new KbLookup.KbMatch(e.id(), e.type(), e.nameEn()));
    }

    static NameTransliterator transliterator() {
        Transliterator t = Transliterator.loadDefault();
        return t::transliterateName;
    }
}
