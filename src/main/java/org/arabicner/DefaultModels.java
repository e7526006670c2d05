package org.arabicner;

import org.arabicner.corenlp.CrfTagger;
import org.arabicner.kb.KnowledgeBase;
import org.arabicner.ner.DictionaryBackoffTagger;
import org.arabicner.ner.SequenceTagger;
import org.arabicner.resolve.KbLookup;
import org.arabicner.resolve.NameTransliterator;
import org.arabicner.translit.Transliterator;

/** The models shipped in {@code models/} (on the classpath under {@code org/arabicner/models/}). */
final class DefaultModels {

    /*
     * Dictionary back-off, measured on the held-out tenth of ANERcorp train (README, "What each
     * idea did"): countries and curated names of people and places are neutral there (71.65 F1
     * either way) and catch names the CRF misses in news (الموصل, الرقة); gazetteer places and
     * organisation names cost precision (ANERcorp leaves many of them untagged). The system
     * properties reproduce the other rows of that table.
     */
    /** Gazetteer places at least this large back the NER model off (countries and curated names always). */
    static final long BACKOFF_MIN_POPULATION = Long.getLong("arner.backoff.population", Long.MAX_VALUE);
    /** The types of dictionary names that back the NER model off. */
    static final String BACKOFF_TYPES = System.getProperty("arner.backoff.types", "PERS,LOC");
    /** Document-level label consistency in the NER stage (see {@code NameFinder}). */
    static final boolean PROPAGATE = Boolean.parseBoolean(System.getProperty("arner.propagate", "true"));
    /** Longest dictionary name, in segmenter tokens. */
    static final int BACKOFF_MAX_TOKENS = 5;

    private DefaultModels() {
    }

    /** The CRF, backed off to the knowledge base's well-known names (unless -Darner.backoff=false). */
    static SequenceTagger tagger(SequenceTagger crf, KnowledgeBase kb) {
        if (!Boolean.parseBoolean(System.getProperty("arner.backoff", "true"))) {
            return crf;
        }
        java.util.Map<String, org.arabicner.text.EntityType> names = new java.util.HashMap<>(kb.wellKnownNames(BACKOFF_MIN_POPULATION));
        names.values().removeIf(t -> !BACKOFF_TYPES.contains(t.name()));
        return new DictionaryBackoffTagger(crf, names, BACKOFF_MAX_TOKENS);
    }

    static SequenceTagger crf(java.nio.file.Path model) {
        return model == null ? CrfTagger.withDefaultModel() : new CrfTagger(model);
    }

    /** Links by type first; a name that spells one famous entry links to it whatever its NER type. */
    static KbLookup lookup(KnowledgeBase kb) {
        return (name, type, context) -> kb.link(name, type, context).or(() -> kb.linkUnambiguous(name))
                .map(e -> new KbLookup.KbMatch(e.id(), e.type(), e.nameEn()));
    }

    static NameTransliterator transliterator() {
        Transliterator t = Transliterator.loadDefault();
        return t::transliterateName;
    }
}
