package org.arabicner.table;

import java.util.List;
import org.arabicner.ner.Mention;
import org.arabicner.text.EntityType;

/**
 * One real-world entity of an article: all its mentions merged, named in Arabic and English.
 *
 * @param entityId     stable across articles: the knowledge-base id when linked, else a key from
 *                     the type and the normalised Arabic name
 * @param type         PERS, LOC, ORG or MISC
 * @param nameAr       the fullest Arabic name as written in the article, clitics and titles removed
 * @param nameEn       the English name, empty when none is known
 * @param nameSource   where {@code nameEn} came from
 * @param kbId         the knowledge-base id, empty when unlinked
 * @param mentions     the mentions, in text order
 * @param surfaceForms the distinct mention texts, in order of first appearance
 * @param titles       titles and roles seen with the entity (الكولونيل, الميجر جنرال, …)
 */
public record Entity(String entityId, EntityType type, String nameAr, String nameEn,
                     NameSource nameSource, String kbId, List<Mention> mentions,
                     List<String> surfaceForms, List<String> titles) {

    public Entity {
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + entityId + " without mentions");
        }
        mentions = List.copyOf(mentions);
        surfaceForms = List.copyOf(surfaceForms);
        titles = List.copyOf(titles);
        nameEn = nameEn == null ? "" : nameEn;
        kbId = kbId == null ? "" : kbId;
    }

    public int mentionCount() {
        return mentions.size();
    }

    /** Offset of the first mention in the original text. */
    public int firstStart() {
        return mentions.get(0).start();
    }

    public boolean isLinked() {
        return !kbId.isEmpty();
    }
}
