package org.arabicner.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.arabicner.annotation.AnnotatedText;
import org.arabicner.annotation.Sentence;
import org.arabicner.annotation.TextAnnotator;
import org.arabicner.annotation.Token;
import org.arabicner.text.CharSpan;

/**
 * The adapter between CoreNLP's Arabic pipeline ({@code tokenize} with the Arabic segmenter,
 * {@code ssplit}, {@code pos}) and the project's records. No {@code CoreMap} leaves this class.
 *
 * <p>Thread-safe: {@link StanfordCoreNLP#annotate} may be called from several threads, and this
 * class keeps no state of its own besides the pipeline.
 */
public final class CoreNlpAnnotator implements TextAnnotator {

    /** The segmenter model inside CoreNLP's models-arabic jar. */
    public static final String SEGMENTER_MODEL =
            "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz";
    /** The POS tagger model inside CoreNLP's models-arabic jar. */
    public static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/arabic.tagger";

    private final StanfordCoreNLP pipeline;

    /** Wraps a pipeline built once by the caller (see {@link #arabicPipeline()}). */
    public CoreNlpAnnotator(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Builds CoreNLP's Arabic pipeline and wraps it. Loading takes a few seconds. */
    public static CoreNlpAnnotator withArabicModels() {
        return new CoreNlpAnnotator(arabicPipeline());
    }

    /**
     * CoreNLP's Arabic {@code tokenize,ssplit,pos} pipeline, configured as in its
     * {@code StanfordCoreNLP-arabic.properties}, with blank lines also ending sentences.
     */
    public static StanfordCoreNLP arabicPipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("tokenize.language", "ar");
        p.setProperty("segment.model", SEGMENTER_MODEL);
        p.setProperty("ssplit.boundaryTokenRegex", "[.]|[!?]+|[!\u061F]+");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("pos.model", POS_MODEL);
        return new StanfordCoreNLP(p, false);
    }

    @Override
    public AnnotatedText annotate(String text) {
        // CoreNLP gets untokenisable characters as spaces (see Untokenizable); tokens are cut from the original.
        Annotation doc = new Annotation(Untokenizable.mask(text));
        pipeline.annotate(doc);
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        for (CoreMap cs : coreSentences) {
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                int start = l.beginPosition();
                int end = l.endPosition();
                if (start < 0 || end > text.length() || end <= start) {
                    continue; // the segmenter invents no text; a token without offsets is noise
                }
                boolean attached = !tokens.isEmpty() && tokens.get(tokens.size() - 1).end() == start;
                if (tokens.isEmpty() && !sentences.isEmpty()) {
                    List<Token> prev = sentences.get(sentences.size() - 1).tokens();
                    attached = !prev.isEmpty() && prev.get(prev.size() - 1).end() == start;
                }
                String tag = l.tag();
                tokens.add(new Token(l.word(), text.substring(start, end), new CharSpan(start, end),
                        tag == null ? "" : tag, attached));
            }
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), tokens));
            }
        }
        return new AnnotatedText(text, sentences);
    }
}
