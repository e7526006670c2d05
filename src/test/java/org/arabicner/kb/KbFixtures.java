package org.arabicner.kb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The knowledge-base test fixtures laid out as a data directory like ../shared/data. */
public final class KbFixtures {

    private KbFixtures() {
    }

    /** Copies the fixtures into {@code dir} under the file names the builder reads. */
    public static Path dataDirectory(Path dir) throws IOException {
        String[][] files = {
            {KnowledgeBaseBuilderTest.GEONAMES_FIXTURE, KnowledgeBaseBuilder.GEONAMES_FILE},
            {KnowledgeBaseBuilderTest.COUNTRIES_FIXTURE, KnowledgeBaseBuilder.COUNTRIES_FILE},
            {KnowledgeBaseBuilderTest.STOPWORDS_FIXTURE, KnowledgeBaseBuilder.STOPWORDS_FILE},
        };
        for (String[] f : files) {
            Path target = dir.resolve(f[1]);
            Files.createDirectories(target.getParent());
            try (InputStream in = KbFixtures.class.getResourceAsStream("/org/arabicner/kb/" + f[0])) {
                Files.copy(in, target);
            }
        }
        return dir;
    }
}
