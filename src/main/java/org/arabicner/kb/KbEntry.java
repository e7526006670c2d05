package org.arabicner.kb;

import java.util.List;
import java.util.Objects;
import org.arabicner.text.EntityType;

/**
 * One entity of the knowledge base. Immutable (lists are copied), so safe to share.
 *
 * @param id          stable identifier: the Wikidata QID when known, else {@code geonames:<id>},
 *                    else {@code kb:<slug>}
 * @param type        the NER class the entity normally takes in news text
 * @param nameEn      the English name shown in output tables
 * @param namesAr     Arabic names and aliases as written (not normalised); the first is the
 *                    preferred one; never empty
 * @param qid         Wikidata QID, or null when not known with confidence
 * @param geonamesId  GeoNames id, or null
 * @param population  population for places (0 when unknown)
 * @param countryCode ISO 3166-1 alpha-2 code of the country the entity belongs to (for a
 *                    country, its own code), or null
 * @param source      where the entry comes from (used to break ties)
 * @param aliasesEn   other English names (ISIS, ISIL, ...), possibly empty
 */
public record KbEntry(String id, EntityType type, String nameEn, List<String> namesAr, String qid,
                      Long geonamesId, long population, String countryCode, KbSource source,
                      List<String> aliasesEn) {

    public KbEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(source, "source");
        namesAr = List.copyOf(namesAr);
        aliasesEn = aliasesEn == null ? List.of() : List.copyOf(aliasesEn);
        if (namesAr.isEmpty()) {
            throw new IllegalArgumentException("entry " + id + " has no Arabic name");
        }
        if (population < 0) {
            throw new IllegalArgumentException("entry " + id + " has negative population");
        }
    }

    /** The preferred Arabic name. */
    public String nameAr() {
        return namesAr.get(0);
    }
}
