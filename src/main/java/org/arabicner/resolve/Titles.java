package org.arabicner.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.arabicner.text.ArabicNormalizer;
import org.arabicner.text.Names;

/**
 * The titles and roles that stand before names (الكولونيل, الميجر جنرال, الرئيس, الشيخ, …), from the
 * project's list {@code titles.txt}. Phrases are compared as {@link Names#wordKey} words; a
 * phrase may carry one leading proclitic ({@link Names#withoutProclitic}: {@code والرئيس},
 * {@code كالرئيس}). Immutable and thread-safe.
 */
public final class Titles {

    private static final String RESOURCE = "/org/arabicner/resolve/titles.txt";

    private final Set<String> phrases;
    private final int longest;

    public Titles(Set<String> phrases) {
        Set<String> normalised = new HashSet<>();
        int max = 1;
        for (String p : phrases) {
            String n = ArabicNormalizer.normalize(p);
            if (!n.isEmpty()) {
                normalised.add(n);
                max = Math.max(max, n.split(" ").length);
            }
        }
        this.phrases = Set.copyOf(normalised);
        this.longest = max;
    }

    /** The project's title list. */
    public static Titles standard() {
        try (InputStream in = Titles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + ": rebuild the jar");
            }
            Set<String> phrases = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    phrases.add(t);
                }
            }
            return new Titles(phrases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many of {@code words} (normalised, in text order) starting at {@code from} form the
     * longest title phrase there, or 0.
     */
    public int titleLengthAt(List<String> words, int from) {
        for (int n = Math.min(longest, words.size() - from); n >= 1; n--) {
            if (isTitle(words.subList(from, from + n))) {
                return n;
            }
        }
        return 0;
    }

    /**
     * How many of {@code words} ending just before {@code end} form the longest title phrase
     * there, or 0.
     */
    public int titleLengthEndingAt(List<String> words, int end) {
        for (int n = Math.min(longest, end); n >= 1; n--) {
            if (isTitle(words.subList(end - n, end))) {
                return n;
            }
        }
        return 0;
    }

    boolean isTitle(List<String> words) {
        String phrase = String.join(" ", words);
        if (phrases.contains(phrase)) {
            return true;
        }
        String bare = Names.withoutProclitic(phrase);
        return !bare.equals(phrase) && phrases.contains(bare);
    }
}
