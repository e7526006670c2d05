package org.arabicner.resolve;

import java.util.List;
import java.util.Set;
import org.arabicner.text.EntityType;
import org.arabicner.text.NameRegion;
import org.arabicner.translit.NameReader;

/**
 * The English name of one name on its own, with where it came from: the knowledge base when the
 * whole name links to an entry of the asked type, else the {@link NameReader} (name lexicon, then the learned
 * model). What {@code arner translit --explain} and {@code arner eval-names} use; the pipeline's
 * {@link EntityResolver} does the same per entity, with the article's other names as context.
 * Thread-safe when its parts are.
 */
public final class EnglishNames {

    /**
     * @param english the English name ("" when there is none)
     * @param source  {@code kb}, {@code list} (every part from the name lexicon) or {@code model}
     * @param kbId    the knowledge-base id when {@code source} is {@code kb}, else ""
     * @param parts   the reader's parts (empty for a knowledge-base name)
     */
    public record Named(String english, String source, String kbId, NameRegion region, List<NameReader.Part> parts) {
    }

    private final KbLookup kb;
    private final NameReader reader;

    public EnglishNames(KbLookup kb, NameReader reader) {
        this.kb = kb;
        this.reader = reader;
    }

    public Named name(String nameAr, EntityType type, NameRegion region) {
        var hit = kb.link(nameAr, type, Set.of());
        if (hit.isPresent() && hit.get().type() == type && !hit.get().nameEn().isEmpty()) {
            return new Named(hit.get().nameEn(), "kb", hit.get().kbId(), region, List.of());
        }
        NameReader.Reading r = reader.read(nameAr, region);
        return new Named(r.english(), r.source().label(), "", r.region(), r.parts());
    }

    public NameReader reader() {
        return reader;
    }
}
