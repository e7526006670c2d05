package org.arabicner.text;

/**
 * Folds the spelling variation of Arabic news text into one matching form.
 *
 * <p>The character-level spelling fold that {@link Names} builds its name keys on, and that
 * token features compare words by; used for <em>matching only</em>, what users see is always
 * cut from the original text. Rules, applied per character:
 * <ol>
 *   <li>diacritics (fathatan … sukun, U+064B–U+0652), maddah/hamza marks (U+0653–U+0655)
 *       and superscript alef (U+0670) are removed;</li>
 *   <li>tatweel (U+0640) is removed;</li>
 *   <li>alef with madda, hamza above, hamza below and wasla (آ أ إ ٱ) become bare alef (ا);</li>
 *   <li>alef maksura (ى) and Farsi yeh (ی) become yeh (ي); yeh with hamza (ئ) becomes yeh;</li>
 *   <li>waw with hamza (ؤ) becomes waw (و);</li>
 *   <li>teh marbuta (ة) becomes heh (ه);</li>
 *   <li>keheh (ک) becomes kaf (ك);</li>
 *   <li>Arabic-Indic and Extended Arabic-Indic digits become ASCII digits;</li>
 *   <li>bidi controls, zero-width characters and the BOM are removed;</li>
 *   <li>runs of white space become one space; leading and trailing space is dropped.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class ArabicNormalizer {

    static final char ALEF = '\u0627';
    static final char ALEF_MADDA = '\u0622';
    static final char ALEF_HAMZA_ABOVE = '\u0623';
    static final char ALEF_HAMZA_BELOW = '\u0625';
    static final char ALEF_WASLA = '\u0671';
    static final char ALEF_MAKSURA = '\u0649';
    static final char YEH = '\u064A';
    static final char FARSI_YEH = '\u06CC';
    static final char YEH_HAMZA = '\u0626';
    static final char WAW = '\u0648';
    static final char WAW_HAMZA = '\u0624';
    static final char TEH_MARBUTA = '\u0629';
    static final char HEH = '\u0647';
    static final char KEHEH = '\u06A9';
    static final char KAF = '\u0643';
    static final char TATWEEL = '\u0640';
    static final char SUPERSCRIPT_ALEF = '\u0670';

    private ArabicNormalizer() {
    }

    /** Applies every rule of the class Javadoc. */
    public static String normalize(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            char n = fold(c);
            if (n == 0) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(n);
        }
        return out.toString();
    }

    /** The folded form of one character, or 0 when the character is dropped. */
    static char fold(char c) {
        switch (c) {
            case ALEF_MADDA: case ALEF_HAMZA_ABOVE: case ALEF_HAMZA_BELOW: case ALEF_WASLA:
                return ALEF;
            case ALEF_MAKSURA: case FARSI_YEH: case YEH_HAMZA:
                return YEH;
            case WAW_HAMZA:
                return WAW;
            case TEH_MARBUTA:
                return HEH;
            case KEHEH:
                return KAF;
            case TATWEEL: case SUPERSCRIPT_ALEF:
                return 0;
            default:
                break;
        }
        if (c >= '\u064B' && c <= '\u0655') {
            return 0; // harakat, shadda, sukun, maddah and hamza marks
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if ((c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u061C') {
            return 0;
        }
        return c;
    }

    /** True for letters of the Arabic blocks (not digits or punctuation). */
    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3')
                || (c >= '\u06FA' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F');
    }
}
