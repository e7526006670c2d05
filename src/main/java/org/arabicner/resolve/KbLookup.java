package org.arabicner.resolve;

import java.util.Optional;
import java.util.Set;
import org.arabicner.text.EntityType;

/** Finds the knowledge-base entry an Arabic name refers to. Implementations are thread-safe. */
@FunctionalInterface
public interface KbLookup {

    /**
     * @param nameAr      a name as written (clitics and titles already removed)
     * @param nerType     the type the NER stage gave it
     * @param contextKeys compact normalised keys of the article's other names, for disambiguation
     */
    Optional<KbMatch> link(String nameAr, EntityType nerType, Set<String> contextKeys);

    /** A lookup that links nothing. */
    static KbLookup none() {
        return (name, type, context) -> Optional.empty();
    }

    /** A knowledge-base entry as linking needs it. */
    record KbMatch(String kbId, EntityType type, String nameEn) {
    }
}
