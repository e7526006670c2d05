package org.arabicner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arabicner.corenlp.CrfTagger;
import org.arabicner.kb.KbEntry;
import org.arabicner.kb.KnowledgeBase;
import org.arabicner.ner.CliticRejoiner;
import org.arabicner.ner.CommonWordNames;
import org.arabicner.ner.ConfidentNamesTagger;
import org.arabicner.ner.KnownWords;
import org.arabicner.ner.DictionaryBackoffTagger;
import org.arabicner.ner.MixtureTagger;
import org.arabicner.ner.neural.NeuralTagger;
import org.arabicner.ner.NameContinuationTagger;
import org.arabicner.ner.PersonListSplitter;
import org.arabicner.ner.SequenceTagger;
import org.arabicner.resolve.KbLookup;
import org.arabicner.resolve.NameTransliterator;
import org.arabicner.resolve.Titles;
import org.arabicner.text.EntityType;
import org.arabicner.text.Names;
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
    /** The types of dictionary names that back the NER model off without {@link ArabicNer.Rule#AMBIGUITY_AWARE_BACKOFF}. */
    static final Set<EntityType> BACKOFF_TYPES = Set.of(EntityType.PERS, EntityType.LOC);
    /** Longest dictionary name, in segmenter tokens. */
    static final int BACKOFF_MAX_TOKENS = 5;
    /** Names below this confidence are not propagated through the article (tuned on held-out data). */
    static final double PROPAGATE_MIN_CONFIDENCE = 0.5;
    /**
     * The least token probability of a name the model keeps ({@link ArabicNer.Rule#CONFIDENT_NAMES}).
     * Chosen on the tables' dev half with the CRF trained on 640 news articles (0.55 / 0.6 / 0.7 / 0.8:
     * F1 82.60 / 83.37 / 82.46 / 82.69, none: 82.76) and confirmed with the shipped one (0.5 / 0.55 /
     * 0.6: 84.47 / 84.40 / 85.19, none: 84.09); on the held-out tenth of ANERcorp's training file 0.6
     * also helps (72.04 against 71.62).
     */
    static final double MIN_NAME_CONFIDENCE = 0.6;

    private DefaultModels() {
    }

    /** Words that announce a place right after them (normalised): city, governorate, delegation, town, village, region. */
    static final Set<String> PLACE_WORDS = Set.of("مدينه", "ولايه", "معتمديه", "بلده", "محافظه", "قريه", "منطقه",
            "عاصمه", "بلديه", "جزيره", "مدن", "ولايات", "معتمديات", "مناطق", "جهه", "عماده", "اهالي", "سكان", "متساكني",
            "ضواحي", "احواز", "معبر", "ربوع");
    /** The CRF's name probability that supports a name needing support (tuned on the dev half of the table gold). */
    static final double BACKOFF_MIN_NAME_MARGINAL = 0.3;

    /**
     * {@code crf} backed off to the knowledge base: countries and curated entries of every type (داعش,
     * تويتر), and multi-word names of any type, wherever they occur, except one-word names that are also
     * common words ({@link CommonWordNames}); those, and every other place of the gazetteer, with
     * support only (a place word before it, or the CRF's own probability of a name).
     */
    static SequenceTagger withBackoff(SequenceTagger crf, KnowledgeBase kb, boolean ambiguityAware) {
        Map<String, EntityType> wellKnown = new HashMap<>(kb.wellKnownNames(Long.MAX_VALUE)); // no gazetteer-only places
        if (!ambiguityAware) {
            wellKnown.values().removeIf(t -> !BACKOFF_TYPES.contains(t));
            return new DictionaryBackoffTagger(crf, wellKnown, BACKOFF_MAX_TOKENS);
        }
        CommonWordNames common = CommonWordNames.loadDefault(CommonWordNames.COMMON_SHARE);
        Map<String, EntityType> safe = new HashMap<>();
        Map<String, EntityType> needSupport = new HashMap<>();
        wellKnown.forEach((k, t) -> (common.isCommon(k) ? needSupport : safe).put(k, t));
        Set<String> afterPreposition = new HashSet<>();
        Map<String, EntityType> all = kb.wellKnownNames(0); // every gazetteer place too
        for (KbEntry e : kb.entries()) {
            for (String name : e.namesAr()) {
                String k = Names.arabicKey(name);
                EntityType t = all.get(k);
                if (t == null || safe.containsKey(k) || needSupport.containsKey(k)) {
                    continue;
                }
                if (Names.arabicWords(name).contains(" ") && t != EntityType.PERS) {
                    safe.put(k, t); // multi-word names (تنظيم الدولة الإسلامية, قطاع غزة) are rarely ordinary words
                } else if (t == EntityType.LOC) {
                    needSupport.put(k, t);
                    if (!common.isCommon(k)) {
                        afterPreposition.add(k); // بطبرقة, في الذهيبة: not an ordinary word, so a preposition is support enough
                    }
                }
            }
        }
        return new DictionaryBackoffTagger(crf, new DictionaryBackoffTagger.Dictionary(safe, needSupport, afterPreposition,
                PLACE_WORDS, BACKOFF_MIN_NAME_MARGINAL, BACKOFF_MAX_TOKENS));
    }

    /**
     * Known words for {@link CliticRejoiner}: every name of the knowledge base and the curated
     * {@code known-words.tsv}; and, re-joined only over what the tagger already took for a name,
     * the name lexicon's parts.
     */
    static SequenceTagger withRejoin(SequenceTagger tagger, KnowledgeBase kb) {
        Map<String, EntityType> lexicon = new HashMap<>(kb.wellKnownNames(0));
        lexicon.putAll(KnownWords.loadDefault());
        return new CliticRejoiner(tagger, lexicon, NameLexicon.loadDefault().compactKeys(), BACKOFF_MAX_TOKENS);
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

    /** {@code tagger} keeping only the names it is sure of, or that a title of {@code titles} stands before or begins. */
    static SequenceTagger confidentNames(SequenceTagger tagger, Titles titles) {
        return new ConfidentNamesTagger(tagger, MIN_NAME_CONFIDENCE, (sentence, start, end) -> {
            List<String> words = new ArrayList<>(end);
            for (int i = 0; i < end; i++) {
                words.add(Names.wordKey(sentence.get(i).text()));
            }
            return titles.titleLengthEndingAt(words, start) > 0 || titles.titleLengthAt(words, start) > 0;
        });
    }

    /** {@code tagger} with people's names continued over the family names of the name lexicon. */
    static SequenceTagger withPersonLists(SequenceTagger tagger) {
        return new PersonListSplitter(tagger, NameLexicon.loadDefault().givenNameWords());
    }

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
