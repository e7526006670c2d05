package org.arabicner.translit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.arabicner.text.NameRegion;
import org.arabicner.text.Names;

/**
 * Arabic name parts (given names, family names, compounds such as {@code عبد الرحمن} and
 * {@code نور الدين}, particles such as {@code بن}) with the spellings the English-language press
 * uses, one general and one Maghreb (French-influenced) spelling each. Keys are single words or
 * runs of up to {@link #maxWords()} words, matched as {@link Names#arabicWords}; the first
 * entry of a key wins. Built by {@code src/main/scripts/name-lexicon.sh}; provenance in
 * {@code models/README.md}. Immutable and thread-safe.
 */
public final class NameLexicon {

    static final String RESOURCE = "/org/arabicner/translit/name-lexicon.tsv";

    /**
     * One entry.
     *
     * @param general the English-press spelling
     * @param maghreb the Maghreb press's spelling
     * @param origin  {@link NameRegion#MAGHREB} for names found only in the Maghreb, which make
     *                the whole name read the Maghreb way; else {@link NameRegion#UNKNOWN}
     * @param source  where the entry comes from ({@code curated}, {@code arabic-name-to-en})
     */
    public record Entry(String general, String maghreb, NameRegion origin, String source) {
        /** The spelling for names of that region. */
        public String spelling(NameRegion region) {
            return region == NameRegion.MAGHREB ? maghreb : general;
        }
    }

    private final Map<String, Entry> entries;
    private final int maxWords;

    NameLexicon(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
        int longest = 1;
        for (String k : entries.keySet()) {
            longest = Math.max(longest, k.split(" ").length);
        }
        this.maxWords = longest;
    }

    /** The lexicon shipped on the classpath. */
    public static NameLexicon loadDefault() {
        try (InputStream in = NameLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("name lexicon " + RESOURCE + " is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads the TSV format: {@code arabic general maghreb origin source}, {@code #} comments. */
    static NameLexicon read(InputStream in) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 5 || f[1].isBlank()) {
                throw new IOException(RESOURCE + " line " + lineNo + ": expected 5 tab-separated columns");
            }
            String maghreb = f[2].isBlank() ? f[1] : f[2];
            NameRegion origin = "maghreb".equals(f[3]) ? NameRegion.MAGHREB : NameRegion.UNKNOWN;
            entries.putIfAbsent(Names.arabicWords(f[0]), new Entry(f[1], maghreb, origin, f[4]));
        }
        return new NameLexicon(entries);
    }

    /** The entry of a normalised word or run of words. */
    public Optional<Entry> lookup(String normalised) {
        return Optional.ofNullable(entries.get(normalised));
    }

    /** Whether a normalised word or run of words is a known name part. */
    public boolean contains(String normalised) {
        return entries.containsKey(normalised);
    }

    /**
     * Single words that are family names: those written with the article ({@code الشاهد}) and
     * those known only in the Maghreb ({@code جلول}). Normalised.
     */
    public java.util.Set<String> familyNameWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        entries.forEach((key, e) -> {
            if (!key.contains(" ") && ((key.startsWith("ال") && key.length() >= 5) || e.origin() == NameRegion.MAGHREB)) {
                out.add(key);
            }
        });
        return java.util.Set.copyOf(out);
    }

    /**
     * Single words that may begin a person's name: the keys without the article that are not
     * Maghreb family names ({@code طارق}, {@code فاطمة}). Normalised.
     */
    public java.util.Set<String> givenNameWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        entries.forEach((key, e) -> {
            if (!key.contains(" ") && !key.startsWith("ال") && e.origin() != NameRegion.MAGHREB) {
                out.add(key);
            }
        });
        return java.util.Set.copyOf(out);
    }

    /** Every key as a compact key ({@link Names#arabicKey}: no spaces), for matching token runs. */
    public java.util.Set<String> compactKeys() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String k : entries.keySet()) {
            out.add(Names.arabicKey(k));
        }
        return java.util.Set.copyOf(out);
    }

    /** The longest key, in words. */
    public int maxWords() {
        return maxWords;
    }

    /** Number of keys. */
    public int size() {
        return entries.size();
    }
}
