package org.arabicner.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arabicner.eval.TableGold.GoldEntity;
import org.arabicner.text.ArabicNormalizer;

/**
 * Turns an article annotated as an entity table (type and surface forms, as in
 * {@code docs/eval/GUIDELINE.md}) into token-labelled training sentences: every occurrence of
 * every form is labelled with its entity's type, everything else {@code O}.
 *
 * <p>The text is cut into sentences at line breaks and at {@code . ! ? ؟}, and into ANERcorp-style
 * words: runs of letters, marks and digits, every other character a word of its own (spaces of any
 * kind, no-break spaces too, and invisible format characters separate words). A form
 * matches a run of words when the words agree after {@link ArabicNormalizer}; the first word may
 * carry the clitics the guideline strips from forms (و ف ب ل ك and their combinations, and لل for
 * ل + ال), and then the whole word is labelled, as ANERcorp labels {@code والعراق}. Longer forms
 * win over shorter ones, earlier over later; names are not nested.
 *
 * <p>Stateless and thread-safe.
 */
public final class TableProjector {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|[^\\s\\p{Z}\\p{Cf}]");
    private static final List<String> CLITICS = List.of("", "و", "ف", "ب", "ل", "ك",
            "وب", "ول", "وك", "فب", "فل", "فك");

    private TableProjector() {
    }

    /** The labelled sentences (BIO tags) of one article's text. */
    public static List<ConllSentence> project(String text, List<GoldEntity> entities) {
        List<Form> forms = new ArrayList<>();
        for (GoldEntity e : entities) {
            for (String f : e.forms()) {
                String[] words = words(f).stream().map(ArabicNormalizer::normalize).toArray(String[]::new);
                if (words.length > 0) {
                    forms.add(new Form(words, e.type().name()));
                }
            }
        }
        forms.sort(Comparator.comparingInt((Form f) -> -f.words.length));
        List<ConllSentence> out = new ArrayList<>();
        for (List<String> sentence : sentences(text)) {
            String[] norm = sentence.stream().map(ArabicNormalizer::normalize).toArray(String[]::new);
            String[] tags = new String[norm.length];
            Arrays.fill(tags, "O");
            for (int i = 0; i < norm.length; i++) {
                if (!tags[i].equals("O")) {
                    continue;
                }
                for (Form f : forms) {
                    if (matches(norm, tags, i, f.words)) {
                        tags[i] = "B-" + f.type;
                        for (int k = 1; k < f.words.length; k++) {
                            tags[i + k] = "I-" + f.type;
                        }
                        break;
                    }
                }
            }
            out.add(new ConllSentence(sentence, List.of(tags)));
        }
        return out;
    }

    private record Form(String[] words, String type) {
    }

    private static boolean matches(String[] norm, String[] tags, int at, String[] form) {
        if (at + form.length > norm.length) {
            return false;
        }
        for (int k = 0; k < form.length; k++) {
            if (!tags[at + k].equals("O")) {
                return false;
            }
            if (k > 0 && !norm[at + k].equals(form[k])) {
                return false;
            }
        }
        return firstWordMatches(norm[at], form[0]);
    }

    /** The word is the form's first word, perhaps behind clitics (لل standing for ل + ال). */
    static boolean firstWordMatches(String word, String form) {
        for (String c : CLITICS) {
            if (word.length() == c.length() + form.length() && word.startsWith(c) && word.endsWith(form)) {
                return true;
            }
        }
        if (form.startsWith("ال") && form.length() > 2) {
            String rest = form.substring(2);
            for (String c : List.of("لل", "ولل", "فلل")) {
                // ل + ال before a name that itself starts with ل loses one more lam: للجنة, لليغا
                if (word.equals(c + rest) || rest.startsWith("ل") && word.equals(c.substring(0, c.length() - 1) + rest)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text's sentences as words: lines, cut after . ! ? ؟ */
    static List<List<String>> sentences(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            List<String> cur = new ArrayList<>();
            for (String w : words(line)) {
                cur.add(w);
                if (w.equals(".") || w.equals("!") || w.equals("?") || w.equals("؟")) {
                    out.add(cur);
                    cur = new ArrayList<>();
                }
            }
            if (!cur.isEmpty()) {
                out.add(cur);
            }
        }
        return out;
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
