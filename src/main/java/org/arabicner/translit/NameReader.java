package org.arabicner.translit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.arabicner.text.NameRegion;
import org.arabicner.text.Names;

/**
 * Reads an Arabic personal or place name in English the way the press spells it: each part is
 * looked up in the {@link NameLexicon} (longest run of words first, so {@code عبد الرحمن} and
 * {@code نور الدين} are read as one), and only what the lexicon does not hold goes to the learned
 * model. The definite article of a family name is dropped ({@code الغنوشي} → Ghannouchi), a
 * compound of {@code عبد} or of {@code الدين}/{@code الله} with a part the lexicon lacks is put
 * together around the model's reading of that part.
 *
 * <p>Regional spelling: names of {@link NameRegion#MAGHREB} articles, and names with a part that
 * occurs only in the Maghreb ({@code الهذيلي}), take the lexicon's Maghreb spellings (Youssef
 * Chahed, Abderrahmane Hedhili); the others its English-press spellings. Immutable and
 * thread-safe when its model is.
 */
public final class NameReader {

    /** Where a part's reading comes from. */
    public enum Source {
        LIST("list"), MODEL("model");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One part of a reading: the Arabic words it covers, its English, its source. */
    public record Part(String arabic, String english, Source source) {
    }

    /** A whole reading. */
    public record Reading(String english, NameRegion region, List<Part> parts) {
        /** {@link Source#LIST} when every part came from the lexicon, else {@link Source#MODEL}. */
        public Source source() {
            for (Part p : parts) {
                if (p.source() == Source.MODEL) {
                    return Source.MODEL;
                }
            }
            return Source.LIST;
        }
    }

    /** The learned model's best reading of one normalised word ("" when it has none). */
    @FunctionalInterface
    public interface WordModel {
        String read(String normalisedWord);
    }

    private static final String ARTICLE = "ال";
    private static final String ABD = "عبد";

    private final NameLexicon lexicon;
    private final WordModel model;

    public NameReader(NameLexicon lexicon, WordModel model) {
        this.lexicon = lexicon;
        this.model = model;
    }

    /** The shipped lexicon in front of the shipped model. */
    public static NameReader of(Transliterator model) {
        return new NameReader(NameLexicon.loadDefault(), model::best);
    }

    public NameLexicon lexicon() {
        return lexicon;
    }

    /** The English reading of a name written in Arabic, for an article of {@code region}. */
    public Reading read(String nameAr, NameRegion region) {
        String normalised = Names.arabicWords(nameAr);
        if (normalised.isEmpty()) {
            return new Reading("", region, List.of());
        }
        String[] words = normalised.split(" ");
        NameRegion r = region == NameRegion.UNKNOWN ? shape(words) : region;
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            int run = longestRun(words, i);
            if (run > 0) {
                String key = join(words, i, run);
                parts.add(new Part(key, lexicon.lookup(key).orElseThrow().spelling(r), Source.LIST));
                i += run;
                continue;
            }
            String w = words[i];
            String next = i + 1 < words.length ? words[i + 1] : null;
            if (w.equals(ABD) && next != null) {
                Part rest = single(withoutArticle(next), r);
                parts.add(new Part(w + " " + next, abd(rest.english(), r), rest.source()));
                i += 2;
            } else if (w.startsWith(ABD + ARTICLE) && w.length() > 5) {
                Part rest = single(w.substring(5), r);
                parts.add(new Part(w, abd(rest.english(), r), rest.source()));
                i++;
            } else if ("الدين".equals(next) || "الله".equals(next)) {
                Part first = single(w, r);
                String joined = "الله".equals(next)
                        ? first.english() + "allah"
                        : r == NameRegion.MAGHREB ? first.english() + "eddine" : first.english() + " al-Din";
                parts.add(new Part(w + " " + next, joined, first.source()));
                i += 2;
            } else {
                parts.add(single(w, r));
                i++;
            }
        }
        List<String> english = new ArrayList<>();
        for (Part p : parts) {
            if (!p.english().isEmpty()) {
                english.add(p.english());
            }
        }
        return new Reading(String.join(" ", english), r, List.copyOf(parts));
    }

    /** Maghreb when a part of the name is known only there, else unknown. */
    NameRegion shape(String[] words) {
        for (String w : words) {
            Optional<NameLexicon.Entry> e = lexicon.lookup(w).or(() -> lexicon.lookup(withoutArticle(w)));
            if (e.isPresent() && e.get().origin() == NameRegion.MAGHREB) {
                return NameRegion.MAGHREB;
            }
        }
        return NameRegion.UNKNOWN;
    }

    private int longestRun(String[] words, int from) {
        for (int len = Math.min(lexicon.maxWords(), words.length - from); len >= 1; len--) {
            if (lexicon.contains(join(words, from, len))) {
                return len;
            }
        }
        return 0;
    }

    /** One word: the lexicon with or without its article, else the model without the article. */
    private Part single(String w, NameRegion r) {
        Optional<NameLexicon.Entry> e = lexicon.lookup(w);
        String bare = withoutArticle(w);
        if (e.isEmpty() && !bare.equals(w)) {
            e = lexicon.lookup(bare);
        }
        if (e.isPresent()) {
            return new Part(w, e.get().spelling(r), Source.LIST);
        }
        return new Part(w, model.read(bare), Source.MODEL);
    }

    private static String abd(String rest, NameRegion r) {
        if (rest.isEmpty()) {
            return "Abdel";
        }
        return r == NameRegion.MAGHREB ? "Abdel" + rest.toLowerCase(Locale.ROOT) : "Abdel " + rest;
    }

    /** The word without a leading definite article, when enough of it remains to be a name. */
    static String withoutArticle(String w) {
        return Names.withoutArticle(w);
    }

    private static String join(String[] words, int from, int len) {
        return String.join(" ", java.util.Arrays.asList(words).subList(from, from + len));
    }
}
