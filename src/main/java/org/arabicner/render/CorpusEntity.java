package org.arabicner.render;

import java.util.List;
import org.arabicner.text.EntityType;

/**
 * One entity across the corpus, for the overview: its most common names and type, and where it is.
 *
 * @param entityId the stable entity id
 * @param type     the type it was given most often
 * @param nameEn   its most common English name (empty when none)
 * @param nameAr   its most common Arabic name
 * @param kbId     its knowledge-base id, empty when unlinked
 * @param mentions mentions in all articles
 * @param articles the articles mentioning it, with how often, in article id order
 */
record CorpusEntity(String entityId, EntityType type, String nameEn, String nameAr, String kbId, int mentions,
                    List<Occurrence> articles) {

    /** How often one article mentions the entity, and in which spellings. */
    record Occurrence(String articleId, int mentions, List<String> surfaceForms) {
    }
}
