package org.arabicner.query;

import java.util.List;
import org.arabicner.text.EntityType;

/**
 * One entity of the corpus: every article row with the same {@code entity_id} (the KB id,
 * or a key from the normalised name and type), merged.
 *
 * @param entityId   the stable id shared by all its articles
 * @param type       the type it was given most often
 * @param types      every type it was given, most frequent first
 * @param nameAr     its most frequent Arabic name (empty when none was recorded)
 * @param nameEn     its English name, a knowledge-base name before a transliteration, then
 *                   the most frequent; null when it has none
 * @param nameSource {@code kb} or {@code transliteration} for {@link #nameEn}; null with it
 * @param kbId       its knowledge-base id, or null
 * @param articles   how many articles mention it
 * @param mentions   how many times it is mentioned, all articles together
 * @param namesAr    every Arabic name seen, most frequent first
 * @param namesEn    every English name seen, in the order of {@link #nameEn}
 */
public record CorpusEntity(String entityId, EntityType type, List<EntityType> types, String nameAr,
                           String nameEn, String nameSource, String kbId, int articles, int mentions,
                           List<String> namesAr, List<String> namesEn) {

    public CorpusEntity {
        types = List.copyOf(types);
        namesAr = List.copyOf(namesAr);
        namesEn = List.copyOf(namesEn);
    }

    /** The English name when there is one, else the Arabic name. */
    public String displayName() {
        return nameEn != null ? nameEn : nameAr;
    }
}
