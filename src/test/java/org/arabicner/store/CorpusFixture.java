package org.arabicner.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Copies the small test corpus (src/test/resources/org/arabicner/store/corpus) into a directory. */
public final class CorpusFixture {

    public static final List<String> FILES = List.of("entities.csv", "mentions.csv", "articles.csv");

    private CorpusFixture() {
    }

    /** Copies the fixture CSVs into {@code dir} and returns it. */
    public static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String f : FILES) {
            try (InputStream in = CorpusFixture.class.getResourceAsStream("corpus/" + f)) {
                if (in == null) {
                    throw new IOException("missing test resource corpus/" + f);
                }
                Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }
}
