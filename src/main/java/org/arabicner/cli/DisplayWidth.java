package org.arabicner.cli;

/**
 * Terminal column widths of text: combining marks (Arabic harakat, shadda …) and format
 * characters (bidi controls, zero-width joiners) take no column, East Asian wide and
 * fullwidth characters and most emoji take two, everything else one. Arabic letters take
 * one column each, which is how terminals lay them out, shaped or not. Stateless and
 * thread-safe.
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    /** The number of terminal columns {@code s} occupies. */
    public static int of(CharSequence s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The number of terminal columns one code point occupies. */
    public static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || type == Character.CONTROL) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /** {@code s} cut to at most {@code max} columns, ending in … when cut. */
    public static String truncate(String s, int max) {
        if (of(s) <= max) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = of(cp);
            if (width + w > max - 1) {
                break;
            }
            out.appendCodePoint(cp);
            width += w;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
