package org.arabicner.render;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.arabicner.table.Entity;
import org.arabicner.text.EntityType;

/**
 * The corpus overview ({@code index.html}): the most frequent entities per type, each linking to
 * a page of its articles; the errors with their messages; every article with its entity counts.
 * Stateless and thread-safe.
 */
final class IndexPage {

    private IndexPage() {
    }

    /** An article as the overview lists it: its row, entities, and why its text is not shown (or null). */
    record Listed(ArticleRow row, List<Entity> entities, String problem) {
    }

    static byte[] render(List<Listed> articles, List<ArticleRow> errors, Map<EntityType, List<CorpusEntity>> top,
                         Function<String, String> articleHref, Function<CorpusEntity, String> entityHref,
                         int distinctEntities, PageAssets assets) {
        int entityRows = 0;
        int mentions = 0;
        int withoutText = 0;
        for (Listed a : articles) {
            entityRows += a.entities().size();
            mentions += a.entities().stream().mapToInt(Entity::mentionCount).sum();
            withoutText += a.problem() == null ? 0 : 1;
        }
        PageBytes page = new PageBytes(4096 + articles.size() * 400);
        StringBuilder b = page.text();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Corpus overview · arabic-ner</title>\n<style>");
        page.asset(assets.css());
        b.append("</style>\n</head>\n<body>\n<header>\n<h1>Corpus overview</h1>\n<p class=\"meta\" id=\"summary\">")
                .append(articles.size()).append(articles.size() == 1 ? " article" : " articles").append(" annotated · ")
                .append(errors.size()).append(errors.size() == 1 ? " error" : " errors").append(" · ")
                .append(distinctEntities).append(" distinct entities · ").append(entityRows)
                .append(" entities in article tables · ").append(mentions).append(" mentions");
        if (withoutText > 0) {
            b.append(" · <span class=\"err\">").append(withoutText).append(" without text (see Note)</span>");
        }
        b.append("</p>\n</header>\n<main>\n");

        b.append("<section aria-labelledby=\"top-h\">\n<h2 id=\"top-h\">Most frequent entities</h2>\n"
                + "<p class=\"note\">By the number of articles that mention them; each links to its articles.</p>\n"
                + "<div class=\"top\">\n");
        for (EntityType t : EntityType.values()) {
            List<CorpusEntity> list = top.getOrDefault(t, List.of());
            b.append("<div id=\"top-").append(t.name()).append("\"><h3><span class=\"badge ").append(t.name()).append("\">")
                    .append(t.name()).append("</span> ").append(plural(ArticlePage.typeWord(t))).append("</h3>\n");
            if (list.isEmpty()) {
                b.append("<p class=\"note\">none</p>\n");
            } else {
                b.append("<ol>\n");
                for (CorpusEntity e : list) {
                    b.append("<li data-type=\"").append(t.name()).append("\"><a href=\"").append(entityHref.apply(e))
                            .append("\">");
                    if (e.nameEn().isEmpty()) {
                        b.append("<span lang=\"ar\" dir=\"rtl\">").append(Html.text(e.nameAr())).append("</span></a>");
                    } else {
                        b.append(Html.text(e.nameEn())).append("</a> <span lang=\"ar\" dir=\"rtl\">")
                                .append(Html.text(e.nameAr())).append("</span>");
                    }
                    b.append(" <span class=\"note\">").append(count(e.articles().size(), "article")).append(", ")
                            .append(count(e.mentions(), "mention")).append("</span></li>\n");
                }
                b.append("</ol>\n");
            }
            b.append("</div>\n");
        }
        b.append("</div>\n</section>\n");

        if (!errors.isEmpty()) {
            b.append("<section aria-labelledby=\"err-h\">\n<h2 id=\"err-h\">Errors</h2>\n<table id=\"errors\">\n"
                    + "<thead><tr><th>Article</th><th>Source</th><th>Message</th></tr></thead>\n<tbody>\n");
            for (ArticleRow r : errors) {
                b.append("<tr><td><bdi>").append(Html.text(r.articleId())).append("</bdi></td><td><bdi>")
                        .append(Html.text(r.source())).append("</bdi></td><td class=\"err\">").append(Html.text(r.error()))
                        .append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n</section>\n");
        }

        b.append("<section aria-labelledby=\"art-h\">\n<h2 id=\"art-h\">Articles</h2>\n");
        b.append("<table id=\"articles\">\n<thead><tr><th>Article</th><th class=\"n\">Entities</th>");
        for (EntityType t : EntityType.values()) {
            b.append("<th class=\"n\">").append(t.name()).append("</th>");
        }
        b.append("<th class=\"n\">Mentions</th><th class=\"n\">Characters</th><th>Note</th></tr></thead>\n<tbody>\n");
        for (Listed a : articles) {
            Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
            int m = 0;
            for (Entity e : a.entities()) {
                byType.merge(e.type(), 1, Integer::sum);
                m += e.mentionCount();
            }
            b.append("<tr><td><a href=\"").append(articleHref.apply(a.row().articleId())).append("\"><bdi>")
                    .append(Html.text(a.row().articleId())).append("</bdi></a></td><td class=\"n\">")
                    .append(a.entities().size()).append("</td>");
            for (EntityType t : EntityType.values()) {
                b.append("<td class=\"n\">").append(byType.getOrDefault(t, 0)).append("</td>");
            }
            b.append("<td class=\"n\">").append(m).append("</td><td class=\"n\">")
                    .append(a.row().chars() < 0 ? "" : Integer.toString(a.row().chars())).append("</td><td class=\"err\">")
                    .append(a.problem() == null ? "" : "text not shown: " + Html.text(a.problem())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n</main>\n<footer>Rendered by arabic-ner from the batch output.</footer>\n"
                + "</body>\n</html>\n");
        return page.toByteArray();
    }

    /** A page listing the articles that mention one entity. */
    static byte[] entityPage(CorpusEntity e, Function<String, String> articleHref, String indexHref, PageAssets assets) {
        String title = e.nameEn().isEmpty() ? e.nameAr() : e.nameEn();
        PageBytes page = new PageBytes(2048 + e.articles().size() * 200);
        StringBuilder b = page.text();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.text(title)).append(" · arabic-ner</title>\n<style>");
        page.asset(assets.css());
        b.append("</style>\n</head>\n<body>\n<header>\n<nav><a href=\"").append(indexHref)
                .append("\">Corpus overview</a></nav>\n<h1><span class=\"badge ").append(e.type().name()).append("\">")
                .append(e.type().name()).append("</span> <bdi>").append(Html.text(title)).append("</bdi></h1>\n")
                .append("<p class=\"meta\">Arabic <span lang=\"ar\" dir=\"rtl\">").append(Html.text(e.nameAr()))
                .append("</span> · entity id <span class=\"kb\">").append(Html.text(e.entityId())).append("</span> · KB id ")
                .append(e.kbId().isEmpty() ? "not linked" : "<span class=\"kb\">" + Html.text(e.kbId()) + "</span>")
                .append(" · ").append(count(e.articles().size(), "article")).append(", ")
                .append(count(e.mentions(), "mention")).append("</p>\n</header>\n<main>\n<table id=\"occurrences\">\n")
                .append("<thead><tr><th>Article</th><th class=\"n\">Mentions</th><th>Written as</th></tr></thead>\n<tbody>\n");
        for (CorpusEntity.Occurrence o : e.articles()) {
            b.append("<tr><td><a href=\"").append(articleHref.apply(o.articleId())).append("\"><bdi>")
                    .append(Html.text(o.articleId())).append("</bdi></a></td><td class=\"n\">").append(o.mentions())
                    .append("</td><td lang=\"ar\" dir=\"rtl\">").append(Html.text(String.join("، ", o.surfaceForms())))
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        return page.toByteArray();
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : plural(noun));
    }

    private static String plural(String noun) {
        return noun.endsWith("person") ? noun.replace("person", "people") : noun + "s";
    }
}
