package org.arabicner.table;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.arabicner.text.ArabicClitics;
import org.arabicner.text.ArabicNormalizer;
import org.arabicner.text.EntityType;

/** The entities of one article, ordered by first mention. Immutable. */
public record EntityTable(String articleId, List<Entity> entities) {

    public EntityTable {
        entities = List.copyOf(entities);
    }

    public List<Entity> byType(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }

    /**
     * The entity called {@code name}: its English name (case-insensitive), or its Arabic name or a
     * surface form, compared after spelling normalisation (hamza, alef, ya, ta marbuta,
     * diacritics) and proclitics ({@code والموصل} finds {@code الموصل}).
     */
    public Optional<Entity> find(String name) {
        String en = name.trim().toLowerCase(Locale.ROOT);
        for (Entity e : entities) {
            if (!e.nameEn().isEmpty() && e.nameEn().toLowerCase(Locale.ROOT).equals(en)) {
                return Optional.of(e);
            }
        }
        List<String> keys = ArabicClitics.readings(ArabicNormalizer.compactKey(name));
        for (String key : keys) {
            for (Entity e : entities) {
                if (ArabicNormalizer.compactKey(e.nameAr()).equals(key)) {
                    return Optional.of(e);
                }
                for (String form : e.surfaceForms()) {
                    if (ArabicNormalizer.compactKey(form).equals(key)) {
                        return Optional.of(e);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
