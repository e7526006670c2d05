package org.arabicner.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.arabicner.text.EntityType;
import org.arabicner.text.Names;

/**
 * The curated list of known words for {@link CliticRejoiner} ({@code known-words.tsv} beside this
 * class): words that begin with a letter the segmenter takes for a proclitic. Stateless.
 */
public final class KnownWords {

    static final String RESOURCE = "known-words.tsv";

    private KnownWords() {
    }

    /** Compact keys ({@link Names#arabicKey}) and types of the shipped list. */
    public static Map<String, EntityType> loadDefault() {
        try (InputStream in = KnownWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("org/arabicner/ner/" + RESOURCE + " is missing from the classpath;"
                        + " rebuild the jar (mvn package)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads {@code word<TAB>TYPE} lines; {@code #} starts a comment line. */
    public static Map<String, EntityType> read(InputStream in) throws IOException {
        Map<String, EntityType> out = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IllegalArgumentException(RESOURCE + " line " + n + ": expected word<TAB>TYPE");
            }
            out.put(Names.arabicKey(f[0]), EntityType.parse(f[1].trim()));
        }
        return out;
    }
}
