package org.arabicner.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.arabicner.ner.Mention;
import org.arabicner.table.Entity;
import org.arabicner.table.NameSource;
import org.arabicner.text.EntityType;

/**
 * One article's page: the text right to left in its original spelling with each mention
 * highlighted in its type's colour (the type also written beside it), a tooltip per entity
 * (English name, type, knowledge-base id, titles) on hover and keyboard focus, and the entity
 * table beside the text, whose entries mark all their mentions when clicked.
 * Stateless and thread-safe.
 */
final class ArticlePage {

    private ArticlePage() {
    }

    /** Links from an article page to its neighbours; null when there is none. */
    record Links(String index, String previous, String next) {
    }

    /**
     * @param text    the article text, or null when it could not be read (then {@code problem} says why)
     * @param problem why the text is not shown, or null
     */
    static byte[] render(ArticleRow row, List<Entity> entities, String text, String problem, Links links,
                         PageAssets assets) {
        PageBytes page = new PageBytes(8192 + (text == null ? 0 : text.length() * 3));
        StringBuilder b = page.text();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.text(row.articleId())).append(" · arabic-ner</title>\n")
                .append("<style>");
        page.asset(assets.css());
        b.append("</style>\n</head>\n<body>\n<header>\n<nav>")
                .append("<a href=\"").append(links.index()).append("\">All articles</a>");
        if (links.previous() != null) {
            b.append(" · <a rel=\"prev\" href=\"").append(links.previous()).append("\">previous</a>");
        }
        if (links.next() != null) {
            b.append(" · <a rel=\"next\" href=\"").append(links.next()).append("\">next</a>");
        }
        b.append("</nav>\n<h1>Article <bdi>").append(Html.text(row.articleId())).append("</bdi></h1>\n");
        int mentions = entities.stream().mapToInt(Entity::mentionCount).sum();
        b.append("<p class=\"meta\">Source <bdi>").append(Html.text(row.source())).append("</bdi> · ")
                .append(row.chars() < 0 ? "?" : row.chars()).append(" characters · ")
                .append(row.tokens() < 0 ? "?" : row.tokens()).append(" tokens · ")
                .append(entities.size()).append(entities.size() == 1 ? " entity" : " entities").append(" · ")
                .append(mentions).append(mentions == 1 ? " mention" : " mentions").append("</p>\n");
        legend(b, entities);
        b.append("</header>\n<main class=\"article\">\n");

        b.append("<section aria-label=\"Article text\">\n");
        if (text == null) {
            b.append("<p class=\"warn\" id=\"problem\">The text is not shown: ").append(Html.text(problem))
                    .append("</p>\n");
        } else {
            int skipped = highlight(b, text, entities);
            if (skipped > 0) {
                b.append("<p class=\"note\">").append(skipped).append(skipped == 1 ? " mention overlaps" : " mentions overlap")
                        .append(" another and is not highlighted; it is in the table.</p>\n");
            }
        }
        b.append("</section>\n");

        entityTable(b, entities);
        b.append("</main>\n");
        tips(b, entities);
        b.append("<footer>Rendered by arabic-ner from the batch output. Hover over or tab to a mention for its"
                + " entity; click a mention or an entity in the table to mark all its mentions.</footer>\n");
        b.append("<script>");
        page.asset(assets.articleJs());
        b.append("</script>\n</body>\n</html>\n");
        return page.toByteArray();
    }

    /**
     * Checks that {@code text} is the text the batch annotated: its length is {@code chars} and
     * every mention's text stands at its offsets. Returns null when it is, else what differs.
     */
    static String mismatch(ArticleRow row, List<Entity> entities, String text) {
        if (row.chars() >= 0 && text.length() != row.chars()) {
            return "the source has " + text.length() + " characters now but had " + row.chars()
                    + " when it was annotated; it changed since the run, run the batch again";
        }
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.end() > text.length() || !text.regionMatches(m.start(), m.text(), 0, m.text().length())) {
                    return "the source no longer has \u201C" + m.text() + "\u201D at " + m.start() + "-" + m.end()
                            + "; it changed since the run, run the batch again";
                }
            }
        }
        return null;
    }

    private record Placed(Mention mention, int entity) {
    }

    /** Writes the text with its mentions marked; returns how many overlapping mentions were left out. */
    private static int highlight(StringBuilder b, String text, List<Entity> entities) {
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            for (Mention m : entities.get(i).mentions()) {
                placed.add(new Placed(m, i));
            }
        }
        placed.sort(Comparator.comparingInt((Placed p) -> p.mention().start())
                .thenComparingInt(p -> -p.mention().end()).thenComparingInt(Placed::entity));
        b.append("<div id=\"text\" lang=\"ar\" dir=\"rtl\">");
        int at = 0;
        int skipped = 0;
        for (Placed p : placed) {
            Mention m = p.mention();
            if (m.start() < at) {
                skipped++;
                continue;
            }
            Html.text(text, at, m.start(), b);
            String type = m.type().name();
            b.append("<mark class=\"m ").append(type).append("\" data-e=\"").append(p.entity())
                    .append("\" data-type=\"").append(type).append("\" tabindex=\"0\" aria-describedby=\"tip-")
                    .append(p.entity()).append("\">");
            Html.text(text, m.start(), m.end(), b);
            b.append("<span class=\"ty\" aria-hidden=\"true\">").append(type).append("</span></mark>");
            at = m.end();
        }
        Html.text(text, at, text.length(), b);
        b.append("</div>\n");
        return skipped;
    }

    private static void legend(StringBuilder b, List<Entity> entities) {
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        for (Entity e : entities) {
            counts.merge(e.type(), 1, Integer::sum);
        }
        b.append("<p class=\"legend\">");
        for (EntityType t : EntityType.values()) {
            b.append("<span class=\"badge ").append(t.name()).append("\">").append(t.name()).append("</span>")
                    .append(typeWord(t)).append(" ").append(counts.getOrDefault(t, 0)).append(" &nbsp; ");
        }
        b.append("</p>\n");
    }

    private static void entityTable(StringBuilder b, List<Entity> entities) {
        b.append("<aside id=\"entities-panel\" aria-label=\"Entities\">\n<h2>Entities</h2>\n");
        if (entities.isEmpty()) {
            b.append("<p class=\"note\">No entities found in this article.</p>\n");
        } else {
            b.append("<table id=\"entities\">\n<thead><tr><th>Type</th><th>English name</th><th>Arabic name</th>"
                    + "<th class=\"n\">Mentions</th><th>KB id</th><th>Titles</th></tr></thead>\n<tbody>\n");
            for (int i = 0; i < entities.size(); i++) {
                Entity e = entities.get(i);
                b.append("<tr data-e=\"").append(i).append("\" data-entity-id=\"").append(Html.text(e.entityId()))
                        .append("\"><td><span class=\"badge ").append(e.type().name()).append("\">")
                        .append(e.type().name()).append("</span></td><td><button type=\"button\" class=\"pick\""
                                + " aria-pressed=\"false\" data-e=\"").append(i).append("\" title=\"Mark its mentions\">");
                if (e.nameEn().isEmpty()) {
                    b.append("<span lang=\"ar\" dir=\"rtl\">").append(Html.text(e.nameAr())).append("</span>");
                } else {
                    b.append(Html.text(e.nameEn()));
                }
                b.append("</button>");
                if (e.nameSource() == NameSource.TRANSLITERATION) {
                    b.append(" <span class=\"note nowrap\" title=\"English name from the transliterator\">(translit.)</span>");
                }
                b.append("</td><td lang=\"ar\" dir=\"rtl\">").append(Html.text(e.nameAr())).append("</td><td class=\"n\">")
                        .append(e.mentionCount()).append("</td><td class=\"kb\">").append(Html.text(e.kbId()))
                        .append("</td><td lang=\"ar\" dir=\"rtl\">").append(Html.text(String.join("، ", e.titles())))
                        .append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        b.append("<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n</aside>\n");
    }

    private static void tips(StringBuilder b, List<Entity> entities) {
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            b.append("<div class=\"tip\" role=\"tooltip\" id=\"tip-").append(i).append("\" hidden><b>")
                    .append(e.nameEn().isEmpty() ? "(no English name)" : Html.text(e.nameEn())).append("</b><br>")
                    .append(e.type().name()).append(" (").append(typeWord(e.type())).append(")<br>KB id: ")
                    .append(e.kbId().isEmpty() ? "not linked" : Html.text(e.kbId()));
            if (!e.titles().isEmpty()) {
                b.append("<br>Titles: <span class=\"ar\" lang=\"ar\" dir=\"rtl\">")
                        .append(Html.text(String.join("، ", e.titles()))).append("</span>");
            }
            b.append("<br>Arabic: <span class=\"ar\" lang=\"ar\" dir=\"rtl\">").append(Html.text(e.nameAr()))
                    .append("</span></div>\n");
        }
    }

    static String typeWord(EntityType t) {
        return switch (t) {
            case PERS -> "person";
            case LOC -> "place";
            case ORG -> "organisation";
            case MISC -> "other name";
        };
    }
}
