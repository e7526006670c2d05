package org.arabicner;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.arabicner.corenlp.CrfTagger;
import org.arabicner.kb.KnowledgeBase;
import org.arabicner.ner.DictionaryBackoffTagger;
import org.arabicner.ner.MixtureTagger;
import org.arabicner.ner.neural.NeuralTagger;
import org.arabicner.ner.SequenceTagger;
import org.arabicner.resolve.KbLookup;
import org.arabicner.resolve.NameTransliterator;
import org.arabicner.text.EntityType;
import org.arabicner.translit.Transliterator;

/** The models shipped in {@code models/} (on the classpath under {@code org/arabicner/models/}). */
final class DefaultModels {

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

    /** The tagger {@code options} ask for, before back-off. */
    static SequenceTagger tagger(ArabicNer.Options options) {
        return switch (options.tagger()) {
            case CRF -> crf(options.nerModel(), options.outsideWeight());
            case NEURAL -> neural(options.neuralModel());
            case MIX -> new MixtureTagger(neural(options.neuralModel()),
                    options.nerModel() == null ? CrfTagger.withDefaultModel() : new CrfTagger(options.nerModel()),
                    options.neuralWeight());
        };
    }

    static NeuralTagger neural(Path model) {
        return model == null ? NeuralTagger.withDefaultModel() : NeuralTagger.load(model);
    }

    static SequenceTagger crf(Path model, double outsideWeight) {
        CrfTagger crf = model == null ? CrfTagger.withDefaultModel() : new CrfTagger(model);
        return outsideWeight == 1.0 ? crf : crf.withOutsideWeight(outsideWeight);
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
