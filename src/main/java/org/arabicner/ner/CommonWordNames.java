package org.arabicner.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.arabicner.text.Names;

/**
 * One-word names that are also common words ({@code صور} "pictures" / Tyre, {@code مالي}
 * "financial" / Mali, {@code الثورة} "the revolution"), learned from unlabeled text by
 * {@code ./arner kb common-words}: a name whose occurrences are inflected like a common word (article
 * added or dropped, pronoun or plural suffix) at least {@value #COMMON_SHARE} of the time. The
 * dictionary back-off links such names only with support. Immutable and thread-safe.
 */
public final class CommonWordNames {

    /** File name in {@code models/}. */
    public static final String DEFAULT_FILE = "backoff-common-words.tsv";
    /** Inflected share from which a name counts as a common word (tuned on the dev half of the table gold). */
    public static final double COMMON_SHARE = 0.15;

    private final Set<String> keys;

    private CommonWordNames(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    /** A set of the given compact keys (tests). */
    public static CommonWordNames of(Set<String> compactKeys) {
        return new CommonWordNames(compactKeys);
    }

    /** Reads the counts file (name, as-name count, inflected count, tab-separated; # comments). */
    public static CommonWordNames read(InputStream in, double commonShare) {
        Set<String> keys = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                long asName = Long.parseLong(f[1].trim());
                long inflected = Long.parseLong(f[2].trim());
                if (asName + inflected > 0 && (double) inflected / (asName + inflected) >= commonShare) {
                    keys.add(Names.arabicKey(f[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the common-word names: " + e.getMessage(), e);
        }
        return new CommonWordNames(keys);
    }

    /** The file shipped in the jar, or an empty set when it is absent. */
    public static CommonWordNames loadDefault(double commonShare) {
        try (InputStream in = CommonWordNames.class.getResourceAsStream("/org/arabicner/models/" + DEFAULT_FILE)) {
            return in == null ? new CommonWordNames(Set.of()) : read(in, commonShare);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the name with this compact key ({@link Names#arabicKey}) is also a common word. */
    public boolean isCommon(String compactKey) {
        return keys.contains(compactKey);
    }

    public int size() {
        return keys.size();
    }
}
