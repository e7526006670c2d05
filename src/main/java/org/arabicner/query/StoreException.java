package org.arabicner.query;

/** A corpus database could not be opened or queried; the message names the file and the fix. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
