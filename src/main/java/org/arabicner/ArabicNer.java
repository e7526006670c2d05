package org.arabicner;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.arabicner.annotation.AnnotatedText;
import org.arabicner.annotation.TextAnnotator;
import org.arabicner.corenlp.CoreNlpAnnotator;
import org.arabicner.kb.KnowledgeBase;
import org.arabicner.ner.Mention;
import org.arabicner.ner.MentionPropagator;
import org.arabicner.ner.NameFinder;
import org.arabicner.ner.OrganisationPhraseTagger;
import org.arabicner.ner.SequenceTagger;
import org.arabicner.resolve.EntityResolver;
import org.arabicner.resolve.Titles;

/**
 * The entry point: Arabic text in, entity table out.
 *
 * <pre>{@code
 * ArabicNer ner = ArabicNer.withDefaults();          // loads the models once (a few seconds)
 * ArticleEntities result = ner.annotate("a1", text);
 * result.find("Mosul").ifPresent(e -> System.out.println(e.nameAr() + " " + e.mentionCount()));
 * }</pre>
 *
 * <p>Thread-safe: one instance serves any number of threads.
 */
public final class ArabicNer {

    private final TextAnnotator annotator;
    private final NameFinder names;
    private final EntityResolver resolver;

    public ArabicNer(TextAnnotator annotator, SequenceTagger tagger, EntityResolver resolver) {
        this(annotator, new NameFinder(tagger), resolver);
    }

    private ArabicNer(TextAnnotator annotator, NameFinder names, EntityResolver resolver) {
        this.annotator = annotator;
        this.names = names;
        this.resolver = resolver;
    }

    /** Which NER tagger the pipeline runs. */
    public enum TaggerKind {
        /** The CoreNLP CRF (the shipped default). */
        CRF,
        /** The plain-Java neural tagger over subword embeddings (a BiLSTM-CRF or a window network: whichever the model file holds). */
        NEURAL,
        /** Both, their per-token label probabilities mixed ({@link Options#neuralWeight}). */
        MIX
    }

    /**
     * How the default pipeline is put together, parsed once (from the command line or by the caller).
     *
     * @param nerModel          a CRF model file, or null for the shipped model
     * @param propagate         document-level label consistency (a name tagged once is tagged wherever it recurs)
     * @param dictionaryBackoff names of countries and of the curated knowledge base that the CRF missed are tagged
     * @param outsideWeight     weight of the CRF's {@code O} marginal; 1 is plain Viterbi decoding
     * @param rules             the rules around the NER model that are on
     * @param tagger            which tagger
     * @param neuralModel       a neural model file, or null for the shipped one
     * @param neuralWeight      for {@link TaggerKind#MIX}: the neural tagger's share of the mixed probabilities
     */
    public record Options(Path nerModel, boolean propagate, boolean dictionaryBackoff, double outsideWeight,
                          Set<Rule> rules, TaggerKind tagger, Path neuralModel, double neuralWeight) {

        public Options {
            rules = rules.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rules));
            if (tagger == null) {
                throw new IllegalArgumentException("tagger must be given");
            }
            if (!(neuralWeight >= 0 && neuralWeight <= 1)) {
                throw new IllegalArgumentException("neural weight must be in [0, 1], got " + neuralWeight);
            }
        }

        /** The CRF pipeline with the given rules. */
        public Options(Path nerModel, boolean propagate, boolean dictionaryBackoff, double outsideWeight,
                       Set<Rule> rules) {
            this(nerModel, propagate, dictionaryBackoff, outsideWeight, rules, TaggerKind.CRF, null, 0.5);
        }

        /** The CRF pipeline, all rules on. */
        public Options(Path nerModel, boolean propagate, boolean dictionaryBackoff, double outsideWeight) {
            this(nerModel, propagate, dictionaryBackoff, outsideWeight, EnumSet.allOf(Rule.class));
        }

        /** The configuration whose scores the README reports. */
        public static Options defaults() {
            return new Options(null, true, true, 1.0);
        }
    }

    /** Rules around the NER model, each of which can be switched off to measure it. */
    public enum Rule {
        /** One-word names that are also common words, and gazetteer places, are tagged only with support. */
        AMBIGUITY_AWARE_BACKOFF,
        /** The model's names it is unsure of (least token probability below {@link DefaultModels#MIN_NAME_CONFIDENCE}) are dropped. */
        CONFIDENT_NAMES,
        /** Organisations written as a head noun and a name (وزارة الدفاع الوطني), Latin acronyms. */
        ORGANISATION_PHRASES,
        /**
         * Institutions named by a generic head that ANERcorp leaves untagged (وزارة الداخلية, رئاسة
         * الحكومة, الحرس الوطني, النادي الإفريقي), where the tagger found no name inside them.
         */
        INSTITUTION_PHRASES,
        /** Named events written as a head and a name (بطولة الرابطة المحترفة, كأس تونس لكرة القدم), as MISC. */
        EVENT_PHRASES,
        /** A clitic split that breaks a known word (ف + ايسبوك) is undone. */
        CLITIC_REJOIN,
        /** A person's name continues over a known family name right after it (يوسف + الشاهد). */
        WHOLE_NAMES,
        /** A list of people written without separators is split at given names (… طارق القديري عبد السلام كرمدين). */
        PERSON_LISTS
    }

    /** CoreNLP's Arabic segmenter and tagger, the shipped NER model, knowledge base and transliterator. */
    public static ArabicNer withDefaults() {
        return with(Options.defaults());
    }

    /** The default pipeline configured by {@code options}. */
    public static ArabicNer with(Options options) {
        // CoreNLP's segmenter and tagger, the largest load, come up on their own thread while this one
        // loads the rest: on the 2-core machine the first article is ready 1.5-2 s sooner (README, Performance)
        ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "arner-model-loader");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<CoreNlpAnnotator> annotator = loader.submit(CoreNlpAnnotator::withArabicModels);
            return with(options, annotator);
        } finally {
            loader.shutdown();
        }
    }

    private static ArabicNer with(Options options, Future<CoreNlpAnnotator> annotator) {
        KnowledgeBase kb = KnowledgeBase.loadDefault();
        Titles titles = Titles.standard();
        SequenceTagger tagger = DefaultModels.tagger(options);
        if (options.rules().contains(Rule.CONFIDENT_NAMES)) {
            tagger = DefaultModels.confidentNames(tagger, titles);
        }
        if (options.rules().contains(Rule.CLITIC_REJOIN)) {
            tagger = DefaultModels.withRejoin(tagger, kb);
        }
        if (options.rules().contains(Rule.ORGANISATION_PHRASES)) {
            Set<OrganisationPhraseTagger.Extra> extras = EnumSet.noneOf(OrganisationPhraseTagger.Extra.class);
            if (options.rules().contains(Rule.INSTITUTION_PHRASES)) {
                extras.add(OrganisationPhraseTagger.Extra.INSTITUTIONS);
            }
            if (options.rules().contains(Rule.EVENT_PHRASES)) {
                extras.add(OrganisationPhraseTagger.Extra.EVENTS);
            }
            tagger = new OrganisationPhraseTagger(tagger, extras);
        }
        if (options.dictionaryBackoff()) {
            tagger = DefaultModels.withBackoff(tagger, kb, options.rules().contains(Rule.AMBIGUITY_AWARE_BACKOFF));
        }
        if (options.rules().contains(Rule.WHOLE_NAMES)) {
            tagger = DefaultModels.withWholeNames(tagger);
        }
        if (options.rules().contains(Rule.PERSON_LISTS)) {
            tagger = DefaultModels.withPersonLists(tagger);
        }
        return new ArabicNer(loaded(annotator),
                new NameFinder(tagger, options.propagate() ? new MentionPropagator(DefaultModels.PROPAGATE_MIN_CONFIDENCE) : null),
                new EntityResolver(titles, DefaultModels.lookup(kb), DefaultModels.transliterator()));
    }

    /** The loader thread's result; its failure is rethrown as it was thrown (its message names the model and the fix). */
    private static <T> T loaded(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the models", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("cannot load the models: " + e.getCause(), e.getCause());
        }
    }

    /** Segments, tags and resolves one article. */
    public ArticleEntities annotate(String articleId, String text) {
        AnnotatedText annotated = annotator.annotate(text);
        List<Mention> mentions = names.find(annotated);
        return new ArticleEntities(articleId, text, annotated.tokenCount(),
                resolver.resolve(articleId, annotated, mentions));
    }

    /** The NER stage alone: mentions as tagged, before titles are stripped and names merged. */
    public List<Mention> mentions(String text) {
        return names.find(annotator.annotate(text));
    }
}
