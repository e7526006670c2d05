package org.arabicner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.arabicner.output.CsvSchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: the entity tables of the project's own sample articles
 * ({@code src/main/resources/org/arabicner/samples}) and of the seed, as the shipped models make
 * them. A model change that changes a table shows up here; after checking the new tables by
 * eye, regenerate them with {@code mvn test -Dtest=GoldenTablesTest -Darner.golden.update=true}.
 */
class GoldenTablesTest {

    private static final Path GOLDEN = Path.of(System.getProperty("arner.home", "."), "src/test/resources/golden");

    static Stream<String> articles() throws IOException {
        try (InputStream in = GoldenTablesTest.class.getResourceAsStream("/org/arabicner/samples/index.txt")) {
            List<String> names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
            return Stream.concat(names.stream(), Stream.of("seed:000_1b8f06fc3ce38c5b.txt"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void entityTableMatchesTheGoldenFile(String name) throws IOException {
        String text;
        String file = name.replace("seed:", "");
        if (name.startsWith("seed:")) {
            text = Files.readString(Path.of(System.getProperty("arner.home", "."), "seeds", file));
        } else {
            try (InputStream in = getClass().getResourceAsStream("/org/arabicner/samples/" + file)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        String id = file.replace(".txt", "");
        String actual = table(SharedPipeline.get().annotate(id, text));
        Path golden = GOLDEN.resolve(id + ".csv");
        if (Boolean.getBoolean("arner.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden table " + golden);
    }

    private static String table(ArticleEntities a) throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord(CsvSchema.ENTITIES);
            for (List<String> row : CsvSchema.entityRows(a)) {
                p.printRecord(row);
            }
        }
        return w.toString();
    }
}
