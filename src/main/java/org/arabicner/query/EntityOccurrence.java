package org.arabicner.query;

import java.util.List;
import org.arabicner.text.EntityType;

/**
 * An entity as one article has it (one row of {@code entities.csv}).
 *
 * @param articleId    the article
 * @param source       the article's input file, as {@code articles.csv} records it (may be empty)
 * @param type         the type the entity has in this article
 * @param nameAr       its Arabic name in this article
 * @param nameEn       its English name in this article, or null
 * @param mentions     how many times this article mentions it
 * @param firstStart   character offset of its first mention, or -1 when unknown
 * @param surfaceForms the distinct spellings in this article
 * @param titles       the distinct titles that precede it (الكولونيل, الرئيس …)
 */
public record EntityOccurrence(String articleId, String source, EntityType type, String nameAr,
                               String nameEn, int mentions, int firstStart, List<String> surfaceForms,
                               List<String> titles) {

    public EntityOccurrence {
        surfaceForms = List.copyOf(surfaceForms);
        titles = List.copyOf(titles);
    }
}
