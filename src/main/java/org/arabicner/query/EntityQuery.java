package org.arabicner.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.arabicner.text.EntityType;

/**
 * A fluent filter over corpus entities, from {@link EntityStore#entities()}:
 *
 * <pre>{@code
 * store.entities().type(EntityType.PERS).inArticle("a004").minMentions(2).list();
 * }</pre>
 *
 * <p>Without {@link #inArticle}, filters apply to corpus totals and results come in
 * order of articles, then mentions (most first). With {@link #inArticle}, the entities
 * are those of that article and {@link #type} and {@link #minMentions} apply to the entity
 * as that article has it (its type and mention count there); results come in order of first
 * mention; the returned records still carry corpus totals.
 *
 * <p>A query is a mutable builder: build and run it in one thread. Running it is as
 * thread-safe as its {@link EntityStore}.
 */
public final class EntityQuery {

    private final EntityStore store;
    private EntityType type;
    private String articleId;
    private int minMentions;
    private int minArticles;
    private int limit = Integer.MAX_VALUE;

    EntityQuery(EntityStore store) {
        this.store = store;
    }

    /** Only entities of this type (null: any type). */
    public EntityQuery type(EntityType type) {
        this.type = type;
        return this;
    }

    /** Only entities mentioned in this article. */
    public EntityQuery inArticle(String articleId) {
        this.articleId = articleId;
        return this;
    }

    /** Only entities mentioned at least {@code n} times (in the article, with {@link #inArticle}). */
    public EntityQuery minMentions(int n) {
        this.minMentions = n;
        return this;
    }

    /** Only entities mentioned in at least {@code n} articles. */
    public EntityQuery minArticles(int n) {
        this.minArticles = n;
        return this;
    }

    /** At most {@code n} results. */
    public EntityQuery limit(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + n);
        }
        this.limit = n;
        return this;
    }

    /** Runs the query. */
    public List<CorpusEntity> list() {
        // A short ranked list is picked on the narrow columns first and its rows fetched by
        // number (ART index): sorting whole rows of the wide table costs several times more.
        boolean twoStep = articleId == null && limit <= 1000;
        StringBuilder sql = new StringBuilder("SELECT ").append(twoStep ? "e.entity_no" : EntityStore.ENTITY_COLUMNS);
        List<Object> params = new ArrayList<>();
        if (articleId != null) {
            sql.append(" FROM article_entities ae JOIN entities e USING (entity_id) WHERE ae.article_id = ?");
            params.add(articleId);
            if (type != null) {
                sql.append(" AND ae.type = ?");
                params.add(type.name());
            }
            if (minMentions > 0) {
                sql.append(" AND ae.mentions >= ?");
                params.add(minMentions);
            }
        } else {
            sql.append(" FROM entities e WHERE true");
            if (type != null) {
                sql.append(" AND e.type = ?");
                params.add(type.name());
            }
            if (minMentions > 0) {
                sql.append(" AND e.mentions >= ?");
                params.add(minMentions);
            }
        }
        if (minArticles > 0) {
            sql.append(" AND e.articles >= ?");
            params.add(minArticles);
        }
        sql.append(articleId != null
                ? " ORDER BY ae.first_start NULLS LAST, e.entity_id"
                : " ORDER BY e.articles DESC, e.mentions DESC, e.entity_no");
        sql.append(" LIMIT ?");
        params.add((long) limit);
        return store.query(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                List<CorpusEntity> out = new ArrayList<>();
                List<Integer> numbers = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (twoStep) {
                            numbers.add(rs.getInt(1));
                        } else {
                            out.add(EntityStore.entity(rs));
                        }
                    }
                }
                return twoStep ? EntityStore.byNumber(conn, numbers) : out;
            }
        });
    }
}
