package org.arabicner.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Struct;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.arabicner.store.CorpusFiles;
import org.arabicner.store.CorpusIndexException;
import org.arabicner.store.CorpusIndexer;
import org.arabicner.text.EntityType;
import org.arabicner.text.Names;

/**
 * Read API over the corpus database that {@link CorpusIndexer} builds from a batch run.
 *
 * <pre>{@code
 * try (EntityStore store = EntityStore.open(Path.of("out"))) {
 *     CorpusEntity mosul = store.find("والموصل").get(0);          // clitics and spelling folded
 *     List<Cooccurrence> near = store.cooccurring(mosul, 10);
 *     List<CorpusEntity> people = store.entities().type(EntityType.PERS).minArticles(2).list();
 *     ResultTable t = store.sql("SELECT type, count(*) AS n FROM entities GROUP BY type");
 * }
 * }</pre>
 *
 * <p>Tables for {@link #sql}: {@code articles}, {@code article_entities} (entities.csv),
 * {@code mentions} (mentions.csv; quote the column {@code "end"}), {@code entities} (corpus
 * entities: entity_no, entity_id, type, types, name_ar, names_ar, name_en, names_en,
 * name_source, kb_id, articles, mentions), {@code links} (entity_no, article_no),
 * {@code name_keys} and {@code meta}; see {@link CorpusIndexer}. Multi-valued columns
 * (types, names_ar, names_en, surface_forms, titles) are lists ({@code VARCHAR[]}).
 *
 * <p><b>Thread safety:</b> thread-safe. Each call borrows one of a small pool of read-only
 * DuckDB connections (at most one per core, duplicated from one database instance, so
 * they share its cache) and returns it when done; concurrent calls run in parallel up to
 * the pool size and then wait. The database is opened read-only: any number of stores and
 * processes can read it while {@code arner index} rebuilds it; an open store keeps seeing
 * the state it opened until it is re-opened. {@link #close()} may be called once queries
 * are done; calls after it fail.
 */
public final class EntityStore implements AutoCloseable {

    /** Default cap on the rows {@link #find(String)} returns. */
    public static final int DEFAULT_FIND_LIMIT = 20;

    /** The greatest code point, as an upper bound for prefix ranges of UTF-8 strings. */
    private static final String MAX_CHAR = new String(Character.toChars(Character.MAX_CODE_POINT));

    static final String ENTITY_COLUMNS = "e.entity_id, e.type, e.types, e.name_ar, e.names_ar,"
            + " e.name_en, e.names_en, e.name_source, e.kb_id, e.articles, e.mentions";

    private final Path database;
    private final ReaderPool pool;

    private EntityStore(Path database, ReaderPool pool) {
        this.database = database;
        this.pool = pool;
    }

    /**
     * Opens the corpus in {@code path}: a batch output directory or a {@code .duckdb} file.
     * Reading never writes: a directory whose database is missing or older than its CSVs is an
     * error that says to run {@code ./arner index}; {@link #reindexAndOpen} builds it first.
     */
    public static EntityStore open(Path path) {
        CorpusFiles files = locate(path);
        Path database = Files.isRegularFile(path) ? path.toAbsolutePath().normalize() : files.database();
        if (Files.isDirectory(path) && files.hasCsv() && !CorpusIndexer.isCurrent(files.dir())) {
            throw new StoreException((Files.isRegularFile(database)
                    ? database + " is older than the CSVs beside it"
                    : "no " + database + " yet") + ": run `./arner index " + files.dir()
                    + "` (or `./arner query --reindex`) to build it");
        }
        if (!Files.isRegularFile(database)) {
            throw new StoreException("no " + database + " and no entities.csv beside it: run the batch"
                    + " into " + files.dir() + ", then `./arner index " + files.dir() + "`");
        }
        return openDatabase(database, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Rebuilds the database of the batch output directory {@code dir} from its CSVs
     * ({@link CorpusIndexer#index}) when it is missing or older than them, then opens it.
     */
    public static EntityStore reindexAndOpen(Path dir) {
        CorpusFiles files = locate(dir);
        if (Files.isDirectory(dir) && files.hasCsv() && !CorpusIndexer.isCurrent(files.dir())) {
            try {
                CorpusIndexer.index(files.dir());
            } catch (CorpusIndexException e) {
                throw new StoreException(e.getMessage(), e);
            }
        }
        return open(dir);
    }

    private static CorpusFiles locate(Path path) {
        return CorpusFiles.locate(path).orElseThrow(() -> new StoreException(
                "no corpus at " + path + ": pass a batch output directory (holding entities.csv"
                        + " or corpus.duckdb) or a .duckdb file"));
    }

    /** Opens an existing database file read-only, without checking the CSVs beside it. */
    public static EntityStore openDatabase(Path database, int maxConnections) {
        ReaderPool pool;
        try {
            pool = new ReaderPool(database, maxConnections);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + database + ": " + firstLine(e)
                    + " (rebuild it with `arner index " + database.getParent() + "`)", e);
        }
        EntityStore store = new EntityStore(database, pool);
        String version = store.meta("schema_version");
        if (!String.valueOf(CorpusIndexer.SCHEMA_VERSION).equals(version)) {
            store.close();
            throw new StoreException(database + " has table layout version " + version + ", this"
                    + " program reads version " + CorpusIndexer.SCHEMA_VERSION + ": rebuild it with"
                    + " `arner index " + database.getParent() + "`");
        }
        return store;
    }

    /** The database file this store reads. */
    public Path database() {
        return database;
    }

    /** Counts of articles, entities and mentions. */
    public StoreSummary summary() {
        return query(conn -> {
            try (Statement st = conn.createStatement();
                 ResultSet rs = st.executeQuery("SELECT"
                         + " (SELECT count(*) FROM articles),"
                         + " (SELECT count(*) FROM articles WHERE status <> 'ok'),"
                         + " (SELECT count(*) FROM entities),"
                         + " (SELECT count(*) FROM article_entities),"
                         + " (SELECT count(*) FROM mentions),"
                         + " (SELECT coalesce(max(value), '') FROM meta WHERE key = 'built_at')")) {
                rs.next();
                return new StoreSummary(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getString(6));
            }
        });
    }

    /** {@link #find(String, int)} with at most {@value #DEFAULT_FIND_LIMIT} results. */
    public List<CorpusEntity> find(String name) {
        return find(name, DEFAULT_FIND_LIMIT);
    }

    /**
     * Entities by English or Arabic name. The name is folded as at index time
     * ({@link Names#queryKeys}: hamza, alef, ya, ta marbuta, diacritics, case, punctuation), and
     * tried as written and without proclitics (والموصل → الموصل → موصل). Exact matches of
     * the whole name come first, then of the name without its article, then of its later
     * words ("Dillon"); only when nothing matches exactly are names that start with the
     * query returned. Ties go to the entity in more articles, then the smaller entity id.
     */
    public List<CorpusEntity> find(String name, int limit) {
        List<String> keys = Names.queryKeys(name);
        if (keys.isEmpty() || limit <= 0) {
            return List.of();
        }
        return query(conn -> {
            List<CorpusEntity> hits = lookup(conn, keys, true, limit);
            return hits.isEmpty() ? lookup(conn, keys, false, limit) : hits;
        });
    }

    /** A name-key hit: entity, score (lower is better) and article count for ties. */
    private record Hit(int entityNo, int score, int articles) {
    }

    /**
     * Matches for the query keys, best first: by score (reading order × 3 + key rank), then
     * articles, then entity id. Works on {@code name_keys} alone, which carries the article
     * counts, and fetches only the kept entities. Keys are inlined as literals (they are
     * folded names) so that DuckDB uses the ART index on {@code name_keys.key}, which it
     * does not for bound parameters.
     */
    private static List<CorpusEntity> lookup(Connection conn, List<String> keys, boolean exact, int limit)
            throws SQLException {
        Map<Integer, Hit> best = new HashMap<>();
        if (exact) {
            StringBuilder in = new StringBuilder();
            for (String k : keys) {
                in.append(in.length() == 0 ? "" : ", ").append(literal(k));
            }
            collect(conn, "SELECT key, entity_no, rank, articles FROM name_keys WHERE key IN (" + in + ")",
                    keys, best);
        } else {
            for (String k : keys) {
                // Ranked and cut in SQL: a short prefix can match thousands of names.
                collect(conn, "SELECT key, entity_no, rank, articles FROM name_keys WHERE key >= " + literal(k)
                        + " AND key < " + literal(k + MAX_CHAR)
                        + " ORDER BY rank, articles DESC, entity_no LIMIT " + (4 * limit), keys, best);
            }
        }
        List<Hit> hits = new ArrayList<>(best.values());
        hits.sort(Comparator.comparingInt(Hit::score).thenComparing(h -> -h.articles())
                .thenComparingInt(Hit::entityNo));
        if (hits.size() > limit) {
            hits = hits.subList(0, limit);
        }
        if (hits.isEmpty()) {
            return List.of();
        }
        return byNumber(conn, hits.stream().map(Hit::entityNo).toList());
    }

    /** The entities with these numbers, in the given order (IN list: uses the ART index). */
    static List<CorpusEntity> byNumber(Connection conn, List<Integer> numbers) throws SQLException {
        if (numbers.isEmpty()) {
            return List.of();
        }
        StringBuilder in = new StringBuilder();
        for (int n : numbers) {
            in.append(in.length() == 0 ? "" : ", ").append(n);
        }
        Map<Integer, CorpusEntity> byNo = new HashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT e.entity_no, " + ENTITY_COLUMNS
                     + " FROM entities e WHERE e.entity_no IN (" + in + ")")) {
            while (rs.next()) {
                byNo.put(rs.getInt("entity_no"), entity(rs));
            }
        }
        List<CorpusEntity> out = new ArrayList<>(numbers.size());
        for (int n : numbers) {
            out.add(byNo.get(n));
        }
        return out;
    }

    private static void collect(Connection conn, String sql, List<String> keys, Map<Integer, Hit> best)
            throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String key = rs.getString("key");
                int reading = keys.indexOf(key);
                if (reading < 0) { // a prefix hit: the first reading it extends
                    reading = 0;
                    while (reading < keys.size() - 1 && !key.startsWith(keys.get(reading))) {
                        reading++;
                    }
                }
                Hit hit = new Hit(rs.getInt("entity_no"), reading * (Names.WORD + 1) + rs.getInt("rank"),
                        rs.getInt("articles"));
                best.merge(hit.entityNo(), hit, (x, y) -> x.score() <= y.score() ? x : y);
            }
        }
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** The entity with this id. */
    public Optional<CorpusEntity> entity(String entityId) {
        return query(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT " + ENTITY_COLUMNS + " FROM entities e WHERE e.entity_id = ?")) {
                ps.setString(1, entityId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(entity(rs)) : Optional.<CorpusEntity>empty();
                }
            }
        });
    }

    /** A fluent query over the corpus entities. */
    public EntityQuery entities() {
        return new EntityQuery(this);
    }

    /** The {@code n} entities (of {@code type}, or of all types when null) in most articles. */
    public List<CorpusEntity> top(EntityType type, int n) {
        return entities().type(type).limit(n).list();
    }

    /** The articles that mention {@code entity}, most mentions first. */
    public List<EntityOccurrence> articlesMentioning(CorpusEntity entity) {
        return articlesMentioning(entity.entityId(), Integer.MAX_VALUE);
    }

    /** The articles that mention the entity {@code entityId}, most mentions first. */
    public List<EntityOccurrence> articlesMentioning(String entityId) {
        return articlesMentioning(entityId, Integer.MAX_VALUE);
    }

    /**
     * The first {@code limit} articles that mention the entity {@code entityId}, most
     * mentions first (a frequent entity can be in tens of thousands).
     */
    public List<EntityOccurrence> articlesMentioning(String entityId, int limit) {
        return query(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT ae.article_id,"
                    + " coalesce(a.source, '') AS source, ae.type, ae.name_ar, ae.name_en, ae.mentions,"
                    + " ae.first_start, ae.surface_forms, ae.titles"
                    + " FROM article_entities ae LEFT JOIN articles a USING (article_id)"
                    + " WHERE ae.entity_id = ? ORDER BY ae.mentions DESC, ae.article_id LIMIT ?")) {
                ps.setString(1, entityId);
                ps.setLong(2, Math.max(0, limit));
                List<EntityOccurrence> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int first = rs.getInt("first_start");
                        out.add(new EntityOccurrence(rs.getString("article_id"), rs.getString("source"),
                                EntityType.parse(rs.getString("type")), rs.getString("name_ar"),
                                rs.getString("name_en"), rs.getInt("mentions"), rs.wasNull() ? -1 : first,
                                list(rs, "surface_forms"), list(rs, "titles")));
                    }
                }
                return out;
            }
        });
    }

    /** {@link #cooccurring(String, int)} for {@code entity}. */
    public List<Cooccurrence> cooccurring(CorpusEntity entity, int n) {
        return cooccurring(entity.entityId(), n);
    }

    /**
     * The {@code n} entities that share the most articles with {@code entityId}, with the
     * number of shared articles; ties go to the smaller entity id. Runs on the integer
     * article-entity table {@code links}: the articles of the entity, then every entity of
     * those articles, counted.
     */
    public List<Cooccurrence> cooccurring(String entityId, int n) {
        return query(conn -> {
            Integer entityNo = null;
            try (PreparedStatement ps = conn.prepareStatement("SELECT entity_no FROM entities WHERE entity_id = ?")) {
                ps.setString(1, entityId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        entityNo = rs.getInt(1);
                    }
                }
            }
            List<Cooccurrence> out = new ArrayList<>();
            if (entityNo == null || n <= 0) {
                return out;
            }
            // The entity number is inlined so that DuckDB prunes the sorted links table by it.
            try (Statement st = conn.createStatement();
                 ResultSet rs = st.executeQuery(
                    "WITH mine AS (SELECT article_no FROM links WHERE entity_no = " + entityNo + "),"
                    + " shared AS (SELECT l.entity_no, count(*)::INTEGER AS shared FROM links l"
                    + "   JOIN mine USING (article_no) WHERE l.entity_no <> " + entityNo
                    + "   GROUP BY l.entity_no ORDER BY shared DESC, l.entity_no LIMIT " + n + ")"
                    + " SELECT " + ENTITY_COLUMNS + ", s.shared FROM shared s JOIN entities e USING (entity_no)"
                    + " ORDER BY s.shared DESC, e.entity_no")) {
                while (rs.next()) {
                    out.add(new Cooccurrence(entity(rs), rs.getInt("shared")));
                }
            }
            return out;
        });
    }

    /**
     * Runs any read-only SQL ({@code ?} placeholders bound to {@code params}) and returns the
     * rows as plain Java values; see {@link ResultTable}. Statements that would write fail:
     * the database is open read-only.
     */
    public ResultTable sql(String sql, Object... params) {
        return query(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                boolean hasRows = ps.execute();
                if (!hasRows) {
                    return new ResultTable(List.of("count"), List.of(List.of(ps.getUpdateCount())));
                }
                try (ResultSet rs = ps.getResultSet()) {
                    return table(rs);
                }
            }
        });
    }

    /** Runs {@code work} with a pooled connection, turning SQL errors into {@link StoreException}. */
    <T> T query(ReaderPool.Work<T> work) {
        try {
            return pool.with(work);
        } catch (SQLException e) {
            throw new StoreException("query on " + database + " failed: " + firstLine(e), e);
        }
    }

    private String meta(String key) {
        try {
            return query(conn -> {
                try (PreparedStatement ps = conn.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                    ps.setString(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                }
            });
        } catch (StoreException e) {
            return null; // not a corpus database (no meta table)
        }
    }

    /** A corpus entity from a row holding {@link #ENTITY_COLUMNS}. */
    static CorpusEntity entity(ResultSet rs) throws SQLException {
        List<EntityType> types = new ArrayList<>();
        for (String t : list(rs, "types")) {
            types.add(EntityType.parse(t));
        }
        return new CorpusEntity(rs.getString("entity_id"), EntityType.parse(rs.getString("type")), types,
                rs.getString("name_ar"), rs.getString("name_en"), rs.getString("name_source"),
                rs.getString("kb_id"), rs.getInt("articles"), rs.getInt("mentions"),
                list(rs, "names_ar"), list(rs, "names_en"));
    }

    /** A {@code VARCHAR[]} column as a list (empty for NULL). */
    static List<String> list(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            Object[] values = (Object[]) array.getArray();
            List<String> out = new ArrayList<>(values.length);
            for (Object v : values) {
                if (v != null) {
                    out.add(v.toString());
                }
            }
            return List.copyOf(out);
        } finally {
            array.free();
        }
    }

    private static ResultTable table(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            columns.add(md.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(plain(rs.getObject(i)));
            }
            rows.add(row);
        }
        return new ResultTable(columns, rows);
    }

    /** A JDBC value as a plain Java value (see {@link ResultTable}). */
    static Object plain(Object v) throws SQLException {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer
                || v instanceof Long || v instanceof Double || v instanceof Float || v instanceof Short
                || v instanceof Byte || v instanceof BigDecimal || v instanceof BigInteger
                || v instanceof UUID || v instanceof byte[] || v instanceof LocalDate
                || v instanceof LocalTime || v instanceof LocalDateTime || v instanceof OffsetDateTime) {
            return v;
        }
        if (v instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof java.sql.Time t) {
            return t.toLocalTime();
        }
        if (v instanceof Array a) {
            List<Object> out = new ArrayList<>();
            for (Object o : (Object[]) a.getArray()) {
                out.add(plain(o));
            }
            return out;
        }
        if (v instanceof Struct s) {
            Map<String, Object> out = new LinkedHashMap<>();
            if (s instanceof org.duckdb.DuckDBStruct ds) {
                for (Map.Entry<String, Object> e : ds.getMap().entrySet()) {
                    out.put(e.getKey(), plain(e.getValue()));
                }
                return out;
            }
            Object[] attrs = s.getAttributes();
            for (int i = 0; i < attrs.length; i++) {
                out.put("f" + (i + 1), plain(attrs[i]));
            }
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new HashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(plain(e.getKey()), plain(e.getValue()));
            }
            return out;
        }
        if (v instanceof Blob b) {
            return b.getBytes(1, (int) b.length());
        }
        return v.toString();
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void close() {
        try {
            pool.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + database + ": " + firstLine(e), e);
        }
    }
}
