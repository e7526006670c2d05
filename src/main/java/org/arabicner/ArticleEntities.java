package org.arabicner;

import java.util.List;
import java.util.Optional;
import org.arabicner.ner.Mention;
import org.arabicner.table.Entity;
import org.arabicner.table.EntityTable;
import org.arabicner.text.EntityType;

/**
 * What the pipeline found in one article.
 *
 * @param articleId the article's id
 * @param text      the article text; every offset points into it
 * @param tokens    how many tokens the segmenter produced
 * @param table     the entity table (each entity holds its mentions)
 */
public record ArticleEntities(String articleId, String text, int tokens, EntityTable table) {

    /** All mentions of all entities, in text order. */
    public List<Mention> mentions() {
        return table.entities().stream().flatMap(e -> e.mentions().stream())
                .sorted(java.util.Comparator.comparing(Mention::span)).toList();
    }

    public List<Entity> entities() {
        return table.entities();
    }

    public List<Entity> byType(EntityType type) {
        return table.byType(type);
    }

    /** See {@link EntityTable#find(String)}: English or Arabic name, spelling-normalised. */
    public Optional<Entity> find(String name) {
        return table.find(name);
    }
}
