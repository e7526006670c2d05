package org.arabicner;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.arabicner.corenlp.CrfTagger;
import org.arabicner.kb.KnowledgeBase;
import org.arabicner.ner.DictionaryBackoffTagger;
import org.arabicner.ner.NameContinuationTagger;
import org.arabicner.ner.SequenceTagger;
import org.arabicner.resolve.KbLookup;
import org.arabicner.resolve.NameTransliterator;
import org.arabicner.text.EntityType;
import org.arabicner.translit.NameLexicon;
import org.arabicner.translit.NameReader;
import org.arabicner.translit.Transliterator;

/** The models shipped in {@code models/} (on the classpath under {@code org/arabicner/models/}). */
public final class DefaultModels {

    /*
     * Dictionary back-off, measured on the held-out tenth of ANERcorp train (README, "What each
     * idea did"): countries and curated names of people and places are neutral there and catch
     * names the CRF misses in news (الموصل, الرقة); gazetteer places and organisation names cost
     * precision (ANERcorp leaves many of them untagged), so they are left out.
     */
    /** The types of dictionary names that back the NER model off. */
    static final Set<EntityType> BACKOFF_TYPES = Set.of(EntityType.PERS, EntityType.LOC);
    /** Longest dictionary name, in segmenter tokens. */
    static final int BACKOFF_MAX_TOKENS = 5;
    /** Names below this confidence are not propagated through the article (tuned on held-out data). */
    static final double PROPAGATE_MIN_CONFIDENCE = 0.5;

    private DefaultModels() {
    }

    /** {@code crf} backed off to the knowledge base's well-known people and places. */
    static SequenceTagger withBackoff(SequenceTagger crf, KnowledgeBase kb) {
        Map<String, EntityType> names = new HashMap<>(kb.wellKnownNames(Long.MAX_VALUE)); // no gazetteer-only places
        names.values().removeIf(t -> !BACKOFF_TYPES.contains(t));
        return new DictionaryBackoffTagger(crf, names, BACKOFF_MAX_TOKENS);
    }

    /** {@code tagger} with people's names continued over the family names of the name lexicon. */
    static SequenceTagger withWholeNames(SequenceTagger tagger) {
        return new NameContinuationTagger(tagger, NameLexicon.loadDefault().familyNameWords());
    }

    static SequenceTagger crf(Path model, double outsideWeight) {
        CrfTagger crf = model == null ? CrfTagger.withDefaultModel() : new CrfTagger(model);
        return outsideWeight == 1.0 ? crf : crf.withOutsideWeight(outsideWeight);
    }

    /** Links by type first; a name that spells one famous entry links to it whatever its NER type. */
    public static KbLookup lookup(KnowledgeBase kb) {
        return (name, type, context) -> kb.link(name, type, context).or(() -> kb.linkUnambiguous(name))
                .map(e -> new KbLookup.KbMatch(e.id(), e.type(), e.nameEn()));
    }

    /** The name lexicon in front of the learned transliterator, spelling by the article's region. */
    static NameTransliterator transliterator() {
        NameReader reader = NameReader.of(Transliterator.loadDefault());
        return (name, region) -> reader.read(name, region).english();
    }
}
