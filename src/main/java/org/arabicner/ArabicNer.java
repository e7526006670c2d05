package org.arabicner;

import java.nio.file.Path;
import java.util.List;
import org.arabicner.annotation.AnnotatedText;
import org.arabicner.annotation.TextAnnotator;
import org.arabicner.corenlp.CoreNlpAnnotator;
import org.arabicner.kb.KnowledgeBase;
import org.arabicner.ner.Mention;
import org.arabicner.ner.NameFinder;
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

    /** CoreNLP's Arabic segmenter and tagger, the shipped NER model, knowledge base and transliterator. */
    public static ArabicNer withDefaults() {
        return withNerModel(null);
    }

    /** As {@link #withDefaults()}, with the NER model read from {@code nerModel} (a CRF file), if not null. */
    public static ArabicNer withNerModel(Path nerModel) {
        KnowledgeBase kb = KnowledgeBase.loadDefault();
        return new ArabicNer(CoreNlpAnnotator.withArabicModels(),
                new NameFinder(DefaultModels.tagger(DefaultModels.crf(nerModel), kb), DefaultModels.PROPAGATE),
                new EntityResolver(Titles.standard(), DefaultModels.lookup(kb), DefaultModels.transliterator()));
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
