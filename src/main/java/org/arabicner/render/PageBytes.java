package org.arabicner.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds a page as UTF-8 bytes: text parts are appended to a {@link StringBuilder} and encoded
 * when an asset (the inline style sheet or script, encoded once) is appended, so the assets are
 * never copied through a string again. About a third of each page is its assets. Not thread-safe:
 * one per page.
 */
final class PageBytes {

    private final StringBuilder text;
    private final ByteArrayOutputStream bytes;

    PageBytes(int sizeHint) {
        text = new StringBuilder(sizeHint);
        bytes = new ByteArrayOutputStream(sizeHint * 2);
    }

    /** The text part under construction. */
    StringBuilder text() {
        return text;
    }

    /** Appends already-encoded bytes after the text so far. */
    PageBytes asset(byte[] utf8) {
        flush();
        bytes.writeBytes(utf8);
        return this;
    }

    byte[] toByteArray() {
        flush();
        return bytes.toByteArray();
    }

    private void flush() {
        if (!text.isEmpty()) {
            bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
        }
    }
}
