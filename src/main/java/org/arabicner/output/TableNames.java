package org.arabicner.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * The file name of an article's table, {@code tables/<name>.csv}, derived from its id so that
 * no id can fail to be written and no two ids share a file, on any common file system.
 *
 * <p>The name is the id itself when the id is "plain": at most {@value #MAX_STEM_BYTES} UTF-8
 * bytes of letters, digits, combining marks, {@code -}, {@code _} and {@code .}, not starting
 * with {@code .}, without upper-case letters, NFC-normalised and not a Windows device name
 * ({@code CON}, {@code NUL}, …). Any other id gets a readable stem — each other character
 * replaced by {@code _}, lower-cased, cut to {@value #MAX_STEM_BYTES} bytes — followed by
 * {@code ~} and the first 16 hex digits of the SHA-256 of the id's UTF-8 bytes. A plain name
 * never contains {@code ~}, so a hashed name cannot equal a plain one, and two hashed names
 * collide only if 64 bits of SHA-256 do. Upper case is hashed because macOS and Windows file
 * systems ignore case ({@code A} and {@code a} would share a file), and non-NFC ids because
 * macOS ignores Unicode normalisation.
 *
 * <p>Examples: {@code 000_1b8f06fc3ce38c5b} → {@code 000_1b8f06fc3ce38c5b.csv};
 * {@code a/b} → {@code a_b~<hash>.csv}; {@code a_b} → {@code a_b.csv}; {@code Report} →
 * {@code report~<hash>.csv}. Stateless and thread-safe.
 */
public final class TableNames {

    /** Longest stem in UTF-8 bytes; with the hash and {@code .csv} a name stays far below 255 bytes. */
    public static final int MAX_STEM_BYTES = 96;

    private static final Set<String> DEVICE_NAMES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6",
            "lpt7", "lpt8", "lpt9");

    private TableNames() {
    }

    /** The table file name (with {@code .csv}) for the article {@code articleId}. */
    public static String fileName(String articleId) {
        StringBuilder stem = new StringBuilder();
        boolean changed = articleId.isEmpty() || articleId.startsWith(".")
                || !Normalizer.isNormalized(articleId, Normalizer.Form.NFC);
        int bytes = 0;
        for (int i = 0; i < articleId.length(); ) {
            int cp = articleId.codePointAt(i);
            i += Character.charCount(cp);
            int kept = allowed(cp) ? cp : '_';
            if (Character.isUpperCase(kept) || Character.isTitleCase(kept)) {
                kept = Character.toLowerCase(kept);
            }
            if (kept != cp) {
                changed = true;
            }
            int size = new String(Character.toChars(kept)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_STEM_BYTES) {
                changed = true;
                break;
            }
            bytes += size;
            stem.appendCodePoint(kept);
        }
        String s = stem.toString();
        String base = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        if (DEVICE_NAMES.contains(base.toLowerCase(Locale.ROOT)) || s.endsWith(".")) {
            changed = true;
        }
        if (!changed) {
            return s + ".csv";
        }
        if (s.startsWith(".")) {
            s = "_" + s.substring(1);
        }
        return s + "~" + hash(articleId) + ".csv";
    }

    private static boolean allowed(int cp) {
        if (cp == '-' || cp == '_' || cp == '.') {
            return true;
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static String hash(String id) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
