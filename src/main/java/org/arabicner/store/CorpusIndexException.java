package org.arabicner.store;

/** Building the corpus database failed; the message names the file and the fix. */
public class CorpusIndexException extends RuntimeException {

    public CorpusIndexException(String message) {
        super(message);
    }

    public CorpusIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
