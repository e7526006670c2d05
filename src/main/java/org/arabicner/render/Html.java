package org.arabicner.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * HTML escaping and safe file names. Everything that comes from an article or an output file
 * goes through {@link #text} (element content and quoted attribute values alike), so markup in
 * an article is shown as text. Stateless and thread-safe.
 */
final class Html {

    private Html() {
    }

    /** Escapes {@code & < > " '}; NUL and other C0 controls but tab and line breaks become U+FFFD. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        text(s, 0, s.length(), b);
        return b.toString();
    }

    static void text(String s, int from, int to, StringBuilder b) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
    }

    /**
     * A file name for an id: the id itself when it is plain ASCII letters, digits, {@code _ . -}
     * (and does not start with a dot), else its letters and digits with a hash of the whole id,
     * so that two ids never share a file and no id escapes the directory.
     */
    static String fileName(String id) {
        if (id.matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}")) {
            return id + ".html";
        }
        String safe = id.replaceAll("[^\\p{L}\\p{N}_-]", "_");
        if (safe.length() > 60) {
            safe = safe.substring(0, 60);
        }
        return safe + "-" + shortHash(id) + ".html";
    }

    /** A relative URL for a file name: every byte outside the unreserved set percent-encoded. */
    static String href(String fileName) {
        StringBuilder b = new StringBuilder();
        for (byte x : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~' || c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }

    private static String shortHash(String id) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
