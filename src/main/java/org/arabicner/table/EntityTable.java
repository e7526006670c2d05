package org.arabicner.table;

import java.util.List;
import java.util.Optional;
import org.arabicner.text.EntityType;
import org.arabicner.text.Names;

/** The entities of one article, ordered by first mention. Immutable. */
public record EntityTable(String articleId, List<Entity> entities) {

    public EntityTable {
        entities = List.copyOf(entities);
    }

    public List<Entity> byType(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }

    /**
     * The entity called {@code name}: its English name ({@link Names#englishKey}: case, accents
     * and punctuation ignored), or its Arabic name or a surface form ({@link Names#readingKeys}:
     * spelling, spacing and quotes ignored, {@code والموصل} finds {@code الموصل}).
     */
    public Optional<Entity> find(String name) {
        String en = Names.englishKey(name);
        for (Entity e : entities) {
            if (!e.nameEn().isEmpty() && Names.englishKey(e.nameEn()).equals(en)) {
                return Optional.of(e);
            }
        }
        List<String> keys = Names.readingKeys(name);
        for (String key : keys) {
            for (Entity e : entities) {
                if (Names.arabicKey(e.nameAr()).equals(key)) {
                    return Optional.of(e);
                }
                for (String form : e.surfaceForms()) {
                    if (Names.arabicKey(form).equals(key)) {
                        return Optional.of(e);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
