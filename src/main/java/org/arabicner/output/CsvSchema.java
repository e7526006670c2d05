package org.arabicner.output;

import java.util.ArrayList;
import java.util.List;
import org.arabicner.ArticleEntities;
import org.arabicner.ner.Mention;
import org.arabicner.table.Entity;

/**
 * The corpus contract, defined once: the files a batch run writes into its output directory,
 * their columns, and which columns hold several values. The batch output ({@link CorpusOutput})
 * writes it and the corpus store ({@code store.CorpusFiles}, {@code store.CorpusIndexer}) reads
 * it; the store's tables {@code articles}, {@code article_entities} and {@code mentions} have
 * these columns. Columns are only ever added at the end, never renamed or reordered.
 * Stateless and thread-safe.
 */
public final class CsvSchema {

    /** One row per entity per article, all articles. */
    public static final String ENTITIES_FILE = "entities.csv";
    /** One row per mention. */
    public static final String MENTIONS_FILE = "mentions.csv";
    /** One row per input article, its status and error. */
    public static final String ARTICLES_FILE = "articles.csv";
    /** Directory of the per-article tables ({@code <article_id>.csv}, the columns of {@link #ENTITIES}). */
    public static final String TABLES_DIR = "tables";
    /** The corpus database built from the CSVs. */
    public static final String DATABASE_FILE = "corpus.duckdb";

    /**
     * Columns of {@link #ENTITIES} that hold several values: joined with {@link #LIST_SEPARATOR}
     * in CSV, lists ({@code VARCHAR[]}) in the corpus database.
     */
    public static final List<String> LIST_COLUMNS = List.of("surface_forms", "titles");
    /** Joins the values of a {@link #LIST_COLUMNS list column} in CSV. */
    public static final String LIST_SEPARATOR = "|";

    public static final List<String> ENTITIES = List.of("article_id", "entity_id", "type", "name_ar",
            "name_en", "name_source", "kb_id", "mentions", "first_start", "surface_forms", "titles");
    public static final List<String> MENTIONS = List.of("article_id", "entity_id", "start", "end", "text",
            "type", "sentence", "confidence");
    public static final List<String> ARTICLES = List.of("article_id", "source", "status", "chars", "tokens",
            "entities", "error");

    public static final String STATUS_OK = "ok";
    public static final String STATUS_ERROR = "error";

    private CsvSchema() {
    }

    public static List<List<String>> entityRows(ArticleEntities a) {
        List<List<String>> rows = new ArrayList<>();
        for (Entity e : a.entities()) {
            rows.add(List.of(a.articleId(), e.entityId(), e.type().name(), e.nameAr(), e.nameEn(),
                    e.nameSource().csvValue(), e.kbId(), Integer.toString(e.mentionCount()),
                    Integer.toString(e.firstStart()), String.join(LIST_SEPARATOR, e.surfaceForms()),
                    String.join(LIST_SEPARATOR, e.titles())));
        }
        return rows;
    }

    public static List<List<String>> mentionRows(ArticleEntities a) {
        List<List<String>> rows = new ArrayList<>();
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) {
                rows.add(List.of(a.articleId(), e.entityId(), Integer.toString(m.start()),
                        Integer.toString(m.end()), m.text(), m.type().name(), Integer.toString(m.sentence()),
                        String.format(java.util.Locale.ROOT, "%.4f", m.confidence())));
            }
        }
        rows.sort(java.util.Comparator.comparingInt(r -> Integer.parseInt(r.get(2))));
        return rows;
    }

    public static List<String> articleRow(ArticleEntities a, String source) {
        return List.of(a.articleId(), source, STATUS_OK, Integer.toString(a.text().length()),
                Integer.toString(a.tokens()), Integer.toString(a.entities().size()), "");
    }

    public static List<String> errorRow(String articleId, String source, int chars, String error) {
        return List.of(articleId, source, STATUS_ERROR, chars < 0 ? "" : Integer.toString(chars), "", "",
                error);
    }
}
