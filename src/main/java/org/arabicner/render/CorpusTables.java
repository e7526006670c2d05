package org.arabicner.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.arabicner.ner.Mention;
import org.arabicner.output.CsvSchema;
import org.arabicner.store.CorpusFiles;
import org.arabicner.table.Entity;
import org.arabicner.table.NameSource;
import org.arabicner.text.CharSpan;
import org.arabicner.text.EntityType;

/**
 * A batch output read back from its CSV files ({@code articles.csv}, {@code entities.csv},
 * {@code mentions.csv}, columns as {@link CsvSchema} defines them): the article rows, and each
 * article's entities with their mentions, as the pipeline's own {@link Entity} records.
 * Immutable after {@link #read}.
 *
 * @param articles the rows of {@code articles.csv}, in file order (an id may have an {@code ok}
 *                 row and error rows, e.g. a duplicate id)
 * @param entities each article's entities, in table order (first mention first)
 */
public record CorpusTables(List<ArticleRow> articles, Map<String, List<Entity>> entities) {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .get();

    public CorpusTables {
        articles = List.copyOf(articles);
        entities = Map.copyOf(entities);
    }

    /** The entities of one article (empty when it has none or failed). */
    public List<Entity> entitiesOf(String articleId) {
        return entities.getOrDefault(articleId, List.of());
    }

    /**
     * Reads the three CSV files of a batch output directory.
     *
     * @throws IllegalArgumentException naming the file (and line) when a file is missing or is not
     *                                  in the CSV contract
     */
    public static CorpusTables read(CorpusFiles files) throws IOException {
        for (Path p : List.of(files.articles(), files.entities(), files.mentions())) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(p + " is missing: name the --out directory of an"
                        + " 'arner run' (it holds articles.csv, entities.csv and mentions.csv)");
            }
        }
        List<ArticleRow> articles = new ArrayList<>();
        forEachRecord(files.articles(), CsvSchema.ARTICLES, (r, line) -> articles.add(new ArticleRow(
                r.get("article_id"), r.get("source"), CsvSchema.STATUS_OK.equals(r.get("status")),
                intOr(r.get("chars")), intOr(r.get("tokens")), intOr(r.get("entities")), r.get("error"))));

        Map<String, Map<String, List<Mention>>> mentions = new HashMap<>();
        forEachRecord(files.mentions(), CsvSchema.MENTIONS, (r, line) -> {
            Mention m = new Mention(new CharSpan(Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end"))),
                    r.get("text"), EntityType.parse(r.get("type")), intOr(r.get("sentence")),
                    r.get("confidence").isEmpty() ? 0 : Double.parseDouble(r.get("confidence")));
            mentions.computeIfAbsent(r.get("article_id"), a -> new HashMap<>())
                    .computeIfAbsent(r.get("entity_id"), e -> new ArrayList<>()).add(m);
        });

        Map<String, List<Entity>> entities = new LinkedHashMap<>();
        forEachRecord(files.entities(), CsvSchema.ENTITIES, (r, line) -> {
            String article = r.get("article_id");
            String id = r.get("entity_id");
            List<Mention> ms = mentions.getOrDefault(article, Map.of()).getOrDefault(id, List.of());
            if (ms.isEmpty()) {
                throw new IllegalArgumentException("entity " + id + " of article " + article
                        + " has no rows in mentions.csv");
            }
            ms.sort(java.util.Comparator.comparing(Mention::span)); // Entity copies the list
            entities.computeIfAbsent(article, a -> new ArrayList<>()).add(new Entity(id,
                    EntityType.parse(r.get("type")), r.get("name_ar"), r.get("name_en"),
                    nameSource(r.get("name_source")), r.get("kb_id"), ms, split(r.get("surface_forms")),
                    split(r.get("titles"))));
        });
        return new CorpusTables(articles, entities);
    }

    private interface RowReader {
        void accept(CSVRecord record, long line);
    }

    private static void forEachRecord(Path file, List<String> columns, RowReader reader) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(skipBom(in))) {
            List<String> header = parser.getHeaderNames();
            for (String c : columns) {
                if (!header.contains(c)) {
                    throw new IllegalArgumentException(file + " has no column '" + c + "': it is not an"
                            + " 'arner run' output (expected " + String.join(",", columns) + ")");
                }
            }
            for (CSVRecord r : parser) {
                try {
                    reader.accept(r, r.getRecordNumber() + 1);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new IllegalArgumentException(file + " line " + (r.getRecordNumber() + 1) + ": "
                            + e.getMessage() + "; run the batch again to rewrite it", e);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": not a readable CSV file (" + e.getMessage() + ")", e);
        }
    }

    private static Reader skipBom(Reader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    private static int intOr(String s) {
        if (s == null || s.isBlank()) {
            return -1;
        }
        return Integer.parseInt(s.trim());
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(java.util.regex.Pattern.quote(CsvSchema.LIST_SEPARATOR)));
    }

    private static NameSource nameSource(String s) {
        for (NameSource n : NameSource.values()) {
            if (n.csvValue().equals(s)) {
                return n;
            }
        }
        return NameSource.NONE;
    }
}
