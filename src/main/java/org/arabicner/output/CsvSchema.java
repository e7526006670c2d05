package org.arabicner.output;

import java.util.ArrayList;
import java.util.List;
import org.arabicner.ArticleEntities;
import org.arabicner.ner.Mention;
import org.arabicner.table.Entity;

/**
 * The CSV contract. Columns are only ever added at the end, never renamed or reordered.
 * Stateless and thread-safe.
 */
public final class CsvSchema {

    public static final List<String> ENTITIES = List.of("article_id", "entity_id", "type", "name_ar",
            "name_en", "name_source", "kb_id", "mentions", "first_start", "surface_forms", "titles");
    public static final List<String> MENTIONS = List.of("article_id", "entity_id", "start", "end", "text",
            "type", "sentence", "confidence");
    public static final List<String> ARTICLES = List.of("article_id", "source", "status", "chars", "tokens",
            "entities", "error");

    /** Columns holding numbers: {@link SpreadsheetSafe} leaves them as they are. */
    public static final java.util.Set<String> NUMERIC = java.util.Set.of("mentions", "first_start", "start", "end",
            "sentence", "confidence", "chars", "tokens", "entities");

    public static final String STATUS_OK = "ok";
    public static final String STATUS_ERROR = "error";

    private CsvSchema() {
    }

    public static List<List<String>> entityRows(ArticleEntities a) {
        List<List<String>> rows = new ArrayList<>();
        for (Entity e : a.entities()) {
            rows.add(List.of(a.articleId(), e.entityId(), e.type().name(), e.nameAr(), e.nameEn(),
                    e.nameSource().csvValue(), e.kbId(), Integer.toString(e.mentionCount()),
                    Integer.toString(e.firstStart()), String.join("|", e.surfaceForms()),
                    String.join("|", e.titles())));
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
