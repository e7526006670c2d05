package org.arabicner.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Plain CoreNLP {@code tokenize,ssplit,pos} with the Arabic models and nothing of the project:
 * the yardstick the benchmark compares the full pipeline with. Thread-safe.
 */
public final class CoreNlpBaseline {

    private final StanfordCoreNLP pipeline;

    public CoreNlpBaseline() {
        this.pipeline = CoreNlpAnnotator.arabicPipeline();
    }

    /** Annotates {@code text} and returns its token count. */
    public int annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
