package org.arabicner.ner;

import java.util.List;
import org.arabicner.annotation.Token;

/**
 * Labels the tokens of one sentence with BIO (or IO) tags of the four entity types.
 * The trained CRF and the gazetteer tagger are implementations; each says whether it is
 * thread-safe.
 */
public interface SequenceTagger {

    /** One tag per token, in order. */
    List<TokenTag> tag(List<Token> sentence);
}
