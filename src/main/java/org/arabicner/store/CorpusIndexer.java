package org.arabicner.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.arabicner.output.CsvSchema;
import org.arabicner.text.EntityType;
import org.arabicner.text.Names;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Builds the corpus database {@code <out>/corpus.duckdb} from a batch run's CSV output
 * (see {@link CorpusFiles}); the batch runner calls {@link #index(Path)} at the end of every
 * run, and {@code arner index <out>} does the same by hand.
 *
 * <h2>Why a full rebuild into a temporary file, then an atomic rename</h2>
 * The CSVs are the record of the run, and a re-run or {@code --resume} rewrites or extends
 * them. Rebuilding the whole database from them each time, rather than applying inserts
 * and deletes to the live file, gives three properties with no bookkeeping:
 * <ul>
 *   <li><b>no duplicates</b>: rows are de-duplicated on their keys while loading
 *       (article; article + entity; article + span + entity), so an article written twice
 *       by an interrupted and resumed run counts once (for articles, an {@code ok} row wins
 *       over an {@code error} row);</li>
 *   <li><b>crash safety</b>: the new database is written to a hidden file in the same
 *       directory, checkpointed, closed, fsynced and then moved over {@code corpus.duckdb}
 *       with an atomic rename; a crash at any point before the rename leaves the previous
 *       database untouched and readable (the half-written file is removed by the next run);
 *       transactions on the live file would also be atomic, but would hold the writer lock
 *       that keeps readers ({@code arner query}) out for the whole build;</li>
 *   <li><b>readers never block</b>: readers open the database read-only; one that is open
 *       during a rebuild keeps reading the old file (the rename does not disturb open
 *       files), the next open sees the new one.</li>
 * </ul>
 * Loading is DuckDB's own parallel CSV reader, which also skips a UTF-8 BOM; the cost is a
 * few seconds per million entity rows (see the store benchmark).
 *
 * <h2>Tables</h2>
 * <ul>
 *   <li>{@code articles}: articles.csv plus {@code article_no} (1.., in article id order);</li>
 *   <li>{@code article_entities}: entities.csv, sorted by entity id;</li>
 *   <li>{@code mentions}: mentions.csv, sorted by article and offset;</li>
 *   (the columns of these three are {@link CsvSchema}'s);
 *   <li>{@code entities}: one row per corpus entity: entity_no (1.., in entity id order),
 *       entity_id, type (most frequent), types, name_ar, names_ar, name_en (knowledge-base
 *       name first), names_en, name_source, kb_id, articles, mentions;</li>
 *   <li>{@code links}: (entity_no, article_no), sorted by entity: the article-entity graph
 *       as integers, for co-occurrence;</li>
 *   <li>{@code name_keys}: (key, entity_no, rank, articles), see {@link Names#indexKeys}, sorted by key,
 *       with an ART index on key (entities has ART indexes on entity_id and entity_no);</li>
 *   <li>{@code meta}: schema_version, built_at, source_dir.</li>
 * </ul>
 * Multi-valued columns (types, names_ar, names_en, and {@link CsvSchema#LIST_COLUMNS}
 * surface_forms and titles) are lists ({@code VARCHAR[]}); only the CSVs join them with |.
 *
 * <p>Instances are immutable and thread-safe; concurrent builds of one directory are safe
 * (each writes its own temporary file; the last rename wins).
 */
public final class CorpusIndexer {

    /** Version of the table layout, stored in {@code meta}. */
    public static final int SCHEMA_VERSION = 2;

    private static final String TMP_PREFIX = ".corpus.duckdb.";
    private static final String TMP_SUFFIX = ".tmp";

    /** The {@code type} column as {@link EntityType#parse} reads it; anything else is MISC. */
    private static final String TYPE_EXPR = typeExpression();

    private final int threads;
    private final String memoryLimit;

    /**
     * @param threads     DuckDB worker threads for the build
     * @param memoryLimit DuckDB memory limit, e.g. {@code "2GB"}; larger builds spill to disk
     */
    public CorpusIndexer(int threads, String memoryLimit) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.memoryLimit = memoryLimit;
    }

    private static String typeExpression() {
        StringBuilder sql = new StringBuilder("CASE upper(trim(type))");
        EntityType.spellings().forEach((spelling, type) ->
                sql.append(" WHEN '").append(sqlString(spelling)).append("' THEN '").append(type.name()).append('\''));
        return sql.append(" ELSE '").append(EntityType.MISC.name()).append("' END").toString();
    }

    /** A {@link CsvSchema#LIST_COLUMNS list column} of the CSV as a list, without empty values. */
    private static String listExpr(String column) {
        return listExpr(column, false);
    }

    /**
     * A list column as a list without empty values, from the CSV's joined text or, when
     * {@code alreadyList} (the Spark job's Parquet), from a list.
     */
    private static String listExpr(String column, boolean alreadyList) {
        if (alreadyList) {
            return "list_filter(coalesce(" + column + ", []::VARCHAR[]), v -> v <> '')";
        }
        return "list_filter(string_split(coalesce(" + column + ", ''), '" + sqlString(CsvSchema.LIST_SEPARATOR)
                + "'), v -> v <> '')";
    }

    /** Two threads and 2 GB: fits beside a running NER batch on a small machine. */
    public CorpusIndexer() {
        this(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), "2GB");
    }

    /** Builds {@code <outDir>/corpus.duckdb} with the default settings. */
    public static IndexReport index(Path outDir) {
        return new CorpusIndexer().build(outDir);
    }

    /**
     * True when {@code corpus.duckdb} exists and is not older than any of the CSVs it is
     * built from.
     */
    public static boolean isCurrent(Path outDir) {
        CorpusFiles files = new CorpusFiles(outDir);
        try {
            if (!Files.isRegularFile(files.database())) {
                return false;
            }
            FileTime built = Files.getLastModifiedTime(files.database());
            for (Path source : List.of(files.entities(), files.mentions(), files.articles(),
                    files.tables(), files.dir().resolve(CorpusFiles.ENTITIES),
                    files.dir().resolve(CorpusFiles.MENTIONS), files.dir().resolve(CorpusFiles.ARTICLES))) {
                if (Files.exists(source) && Files.getLastModifiedTime(source).compareTo(built) > 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Builds {@code <outDir>/corpus.duckdb} from the CSVs in {@code outDir}. */
    public IndexReport build(Path outDir) {
        Instant start = Instant.now();
        CorpusFiles files = new CorpusFiles(outDir);
        if (!Files.isDirectory(files.dir())) {
            throw new CorpusIndexException("no output directory " + files.dir()
                    + ": pass the directory the batch run wrote (the one holding entities.csv)");
        }
        if (!files.hasCsv()) {
            throw new CorpusIndexException("no " + files.entities() + " (nor per-article tables in "
                    + files.tables() + "): run the batch into " + files.dir() + " first");
        }
        removeAbandonedTemporaries(files.dir());
        Path tmp = files.dir().resolve(TMP_PREFIX + ProcessHandle.current().pid() + "."
                + System.nanoTime() + TMP_SUFFIX);
        Steps steps = new Steps();
        try {
            long[] counts;
            try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + tmp, new Properties())) {
                counts = load((DuckDBConnection) conn, files, steps);
            }
            fsync(tmp);
            Files.move(tmp, files.database(), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            fsync(files.dir());
            steps.done("rename");
            return new IndexReport(files.database(), counts[0], counts[1], counts[2], counts[3],
                    counts[4], Duration.between(start, Instant.now()), steps.times);
        } catch (SQLException e) {
            throw new CorpusIndexException("cannot index " + files.dir() + ": " + firstLine(e.getMessage())
                    + " (check that the CSVs follow the batch output contract)", e);
        } catch (IOException e) {
            throw new CorpusIndexException("cannot write " + files.database() + ": " + e
                    + " (check free space and permissions in " + files.dir() + ")", e);
        } finally {
            deleteQuietly(tmp);
            deleteQuietly(Path.of(tmp + ".wal"));
        }
    }

    /** Wall-clock time of each build step, in order. */
    private static final class Steps {
        private final Map<String, Duration> times = new LinkedHashMap<>();
        private long mark = System.nanoTime();

        void done(String step) {
            long now = System.nanoTime();
            times.put(step, Duration.ofNanos(now - mark));
            mark = now;
        }
    }

    /** Loads every table; returns {articles, article entities, corpus entities, mentions, keys}. */
    private long[] load(DuckDBConnection conn, CorpusFiles files, Steps steps) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("SET threads = " + threads);
            st.execute("SET memory_limit = '" + memoryLimit.replace("'", "") + "'");

            Optional<CorpusFiles.Parts> entityParts = files.parts(CorpusFiles.ENTITIES);
            String entitySource = Files.isRegularFile(files.entities()) ? csv(files.entities().toString(), "")
                    : entityParts.isPresent() ? parts(entityParts.get())
                    : csv(files.tables().resolve("*.csv").toString(), ", union_by_name = true");
            Path entityFile = Files.isRegularFile(files.entities()) ? files.entities()
                    : entityParts.map(CorpusFiles.Parts::dir).orElse(files.tables());
            requireColumns(st, entitySource, entityFile, CsvSchema.ENTITIES);
            boolean entityLists = !Files.isRegularFile(files.entities())
                    && entityParts.map(CorpusFiles.Parts::parquet).orElse(false);
            st.execute("CREATE TEMP TABLE raw_entities AS SELECT * FROM ("
                    + " SELECT trim(article_id) AS article_id, trim(entity_id) AS entity_id,"
                    + " " + TYPE_EXPR + " AS type,"
                    + " coalesce(trim(name_ar), '') AS name_ar, nullif(trim(name_en), '') AS name_en,"
                    + " nullif(lower(trim(name_source)), '') AS name_source, nullif(trim(kb_id), '') AS kb_id,"
                    + " coalesce(TRY_CAST(mentions AS INTEGER), 1) AS mentions,"
                    + " TRY_CAST(first_start AS INTEGER) AS first_start,"
                    + " " + listExpr("surface_forms", entityLists) + " AS surface_forms, "
                    + listExpr("titles", entityLists) + " AS titles"
                    + " FROM " + entitySource
                    + " WHERE nullif(trim(article_id), '') IS NOT NULL AND nullif(trim(entity_id), '') IS NOT NULL)");
            dedupe(st, "raw_entities", List.of("article_id", "entity_id"), "mentions DESC, first_start NULLS LAST");
            steps.done("read entities");

            Optional<CorpusFiles.Parts> articleParts = files.parts(CorpusFiles.ARTICLES);
            if (Files.isRegularFile(files.articles()) || articleParts.isPresent()) {
                boolean csvFile = Files.isRegularFile(files.articles());
                String src = csvFile ? csv(files.articles().toString()) : parts(articleParts.get());
                requireColumns(st, src, csvFile ? files.articles() : articleParts.get().dir(), CsvSchema.ARTICLES);
                st.execute("CREATE TEMP TABLE raw_articles AS SELECT DISTINCT ON (article_id) * FROM ("
                        + " SELECT trim(article_id) AS article_id, coalesce(source, '') AS source,"
                        + " coalesce(nullif(lower(trim(status)), ''), 'ok') AS status,"
                        + " TRY_CAST(chars AS INTEGER) AS chars, TRY_CAST(tokens AS INTEGER) AS tokens,"
                        + " TRY_CAST(entities AS INTEGER) AS entities, nullif(error, '') AS error"
                        + " FROM " + src + " WHERE nullif(trim(article_id), '') IS NOT NULL)"
                        + " ORDER BY article_id, status = 'ok' DESC, entities DESC NULLS LAST, chars DESC NULLS LAST");
            } else {
                st.execute("CREATE TEMP TABLE raw_articles (article_id VARCHAR, source VARCHAR, status VARCHAR,"
                        + " chars INTEGER, tokens INTEGER, entities INTEGER, error VARCHAR)");
            }
            // Articles that have entities but no articles.csv row (file absent or cut short).
            st.execute("INSERT INTO raw_articles SELECT article_id, '', 'ok', NULL, NULL, count(*), NULL"
                    + " FROM raw_entities WHERE article_id NOT IN (SELECT article_id FROM raw_articles)"
                    + " GROUP BY article_id");
            st.execute("CREATE TABLE articles AS SELECT (row_number() OVER (ORDER BY article_id))::INTEGER"
                    + " AS article_no, * FROM raw_articles ORDER BY article_id");
            st.execute("DROP TABLE raw_articles");
            steps.done("read articles");

            Optional<CorpusFiles.Parts> mentionParts = files.parts(CorpusFiles.MENTIONS);
            if (Files.isRegularFile(files.mentions()) || mentionParts.isPresent()) {
                boolean csvFile = Files.isRegularFile(files.mentions());
                String src = csvFile ? csv(files.mentions().toString()) : parts(mentionParts.get());
                requireColumns(st, src, csvFile ? files.mentions() : mentionParts.get().dir(), CsvSchema.MENTIONS);
                st.execute("CREATE TABLE mentions AS SELECT * FROM ("
                        + " SELECT trim(article_id) AS article_id, trim(entity_id) AS entity_id,"
                        + " TRY_CAST(start AS INTEGER) AS start, TRY_CAST(\"end\" AS INTEGER) AS \"end\","
                        + " coalesce(text, '') AS text, " + TYPE_EXPR + " AS type,"
                        + " TRY_CAST(sentence AS INTEGER) AS sentence,"
                        + " TRY_CAST(confidence AS DOUBLE) AS confidence"
                        + " FROM " + src + " WHERE nullif(trim(article_id), '') IS NOT NULL)"
                        + " ORDER BY article_id, start, \"end\", entity_id");
                dedupe(st, "mentions", List.of("article_id", "start", "\"end\"", "entity_id"),
                        "confidence DESC NULLS LAST");
            } else {
                st.execute("CREATE TABLE mentions (article_id VARCHAR, entity_id VARCHAR, start INTEGER,"
                        + " \"end\" INTEGER, text VARCHAR, type VARCHAR, sentence INTEGER, confidence DOUBLE)");
            }
            steps.done("read mentions");

            st.execute("CREATE TABLE entities AS"
                    + " WITH ty AS (SELECT entity_id, type, count(*) AS n FROM raw_entities GROUP BY ALL),"
                    + " ar AS (SELECT entity_id, name_ar AS name, count(*) AS n FROM raw_entities"
                    + "   WHERE name_ar <> '' GROUP BY ALL),"
                    + " en AS (SELECT entity_id, name_en AS name, count(*) AS n,"
                    + "   bool_or(coalesce(name_source, '') = 'kb') AS kb FROM raw_entities"
                    + "   WHERE name_en IS NOT NULL GROUP BY ALL),"
                    + " kb AS (SELECT entity_id, kb_id, count(*) AS n FROM raw_entities"
                    + "   WHERE kb_id IS NOT NULL GROUP BY ALL),"
                    + " tot AS (SELECT entity_id, count(*) AS articles, sum(mentions) AS mentions"
                    + "   FROM raw_entities GROUP BY ALL)"
                    + " SELECT (row_number() OVER (ORDER BY tot.entity_id))::INTEGER AS entity_no,"
                    + " tot.entity_id, t.type, t.types, coalesce(a.name_ar, '') AS name_ar,"
                    + " coalesce(a.names_ar, []::VARCHAR[]) AS names_ar, e.name_en,"
                    + " coalesce(e.names_en, []::VARCHAR[]) AS names_en,"
                    + " e.name_source, k.kb_id, tot.articles::INTEGER AS articles, tot.mentions::INTEGER AS mentions"
                    + " FROM tot"
                    + " LEFT JOIN (SELECT entity_id, first(type ORDER BY n DESC, type) AS type,"
                    + "   list(type ORDER BY n DESC, type) AS types FROM ty GROUP BY ALL) t USING (entity_id)"
                    + " LEFT JOIN (SELECT entity_id, first(name ORDER BY n DESC, name) AS name_ar,"
                    + "   list(name ORDER BY n DESC, name) AS names_ar FROM ar GROUP BY ALL) a USING (entity_id)"
                    + " LEFT JOIN (SELECT entity_id, first(name ORDER BY kb DESC, n DESC, name) AS name_en,"
                    + "   first(CASE WHEN kb THEN 'kb' ELSE 'transliteration' END ORDER BY kb DESC, n DESC, name) AS name_source,"
                    + "   list(name ORDER BY kb DESC, n DESC, name) AS names_en FROM en GROUP BY ALL) e USING (entity_id)"
                    + " LEFT JOIN (SELECT entity_id, first(kb_id ORDER BY n DESC, kb_id) AS kb_id FROM kb GROUP BY ALL) k"
                    + "   USING (entity_id)"
                    + " ORDER BY tot.entity_id");
            steps.done("merge corpus entities");

            st.execute("CREATE TABLE article_entities AS SELECT r.* FROM raw_entities r ORDER BY entity_id, article_id");
            // The article-entity graph as integers, for co-occurrence: scanning and hashing
            // two int columns is many times cheaper than the string ids.
            st.execute("CREATE TABLE links AS SELECT e.entity_no, a.article_no FROM raw_entities r"
                    + " JOIN entities e USING (entity_id) JOIN articles a USING (article_id)"
                    + " ORDER BY e.entity_no, a.article_no");
            st.execute("DROP TABLE raw_entities");
            steps.done("write article entities and links");

            buildNameKeyTable(conn, st);
            steps.done("name keys");

            st.execute("CREATE TABLE meta (key VARCHAR, value VARCHAR)");
            st.execute("INSERT INTO meta VALUES ('schema_version', '" + SCHEMA_VERSION + "'),"
                    + " ('built_at', '" + Instant.now() + "'),"
                    + " ('source_dir', '" + sqlString(files.dir().toString()) + "')");
            long[] counts = new long[] {
                count(st, "articles"), count(st, "article_entities"), count(st, "entities"),
                count(st, "mentions"), count(st, "name_keys")};
            st.execute("CHECKPOINT");
            steps.done("checkpoint");
            return counts;
        }
    }

    /**
     * Fills {@code name_keys} with the keys of every Arabic name, English name and surface
     * form seen for each entity; the keys come from Java ({@link Names#indexKeys}) so that queries
     * fold text exactly as the index did.
     */
    private static void buildNameKeyTable(DuckDBConnection conn, Statement st) throws SQLException {
        st.execute("CREATE TEMP TABLE name_keys_raw (key VARCHAR, entity_no INTEGER, rank TINYINT)");
        // Results are materialised (no streaming), so the same connection can append while
        // reading them; temp tables are private to their connection.
        try (DuckDBAppender appender = conn.createAppender("temp", "main", "name_keys_raw");
             Statement names = conn.createStatement();
             ResultSet rs = names.executeQuery("SELECT DISTINCT e.entity_no, n.name FROM ("
                     + " SELECT entity_id, name_ar AS name FROM article_entities"
                     + " UNION ALL SELECT entity_id, name_en FROM article_entities"
                     + " UNION ALL SELECT entity_id, unnest(surface_forms) FROM article_entities) n"
                     + " JOIN entities e USING (entity_id)"
                     + " WHERE n.name IS NOT NULL AND trim(n.name) <> ''")) {
            while (rs.next()) {
                int entityNo = rs.getInt(1);
                for (Names.RankedKey k : Names.indexKeys(rs.getString(2))) {
                    appender.beginRow();
                    appender.append(k.key());
                    appender.append(entityNo);
                    appender.append((byte) k.rank());
                    appender.endRow();
                }
            }
            appender.flush();
        }
        // The entity's article count rides along so that lookups can rank and cut their hits
        // before they touch the (wide) entities table.
        st.execute("CREATE TABLE name_keys AS SELECT r.key, r.entity_no, min(r.rank)::TINYINT AS rank,"
                + " any_value(e.articles) AS articles FROM name_keys_raw r JOIN entities e USING (entity_no)"
                + " GROUP BY r.key, r.entity_no ORDER BY r.key, r.entity_no");
        st.execute("DROP TABLE name_keys_raw");
        // Point lookups by key and by entity go through ART indexes; range and join filters
        // on the sorted columns use DuckDB's zone maps.
        st.execute("CREATE INDEX name_keys_key ON name_keys (key)");
        st.execute("CREATE INDEX entities_id ON entities (entity_id)");
        st.execute("CREATE INDEX entities_no ON entities (entity_no)");
    }

    /**
     * Deletes repeated rows of {@code table} (same values in {@code keys}), keeping the first
     * in {@code order}. Repeats are rare (an article written again by a resumed run), so the
     * keys that repeat are found first and only their rows are ranked.
     */
    private static void dedupe(Statement st, String table, List<String> keys, String order) throws SQLException {
        String k = String.join(", ", keys);
        st.execute("CREATE TEMP TABLE dup_keys AS SELECT " + k + " FROM " + table
                + " GROUP BY ALL HAVING count(*) > 1");
        if (count(st, "dup_keys") > 0) {
            StringBuilder on = new StringBuilder();
            for (String c : keys) {
                on.append(on.length() == 0 ? "" : " AND ").append("r.").append(c)
                        .append(" IS NOT DISTINCT FROM d.").append(c);
            }
            StringBuilder partition = new StringBuilder();
            for (String c : keys) {
                partition.append(partition.length() == 0 ? "" : ", ").append("r.").append(c);
            }
            st.execute("DELETE FROM " + table + " WHERE rowid IN (SELECT rid FROM (SELECT r.rowid AS rid,"
                    + " row_number() OVER (PARTITION BY " + partition + " ORDER BY " + order + ") AS rn"
                    + " FROM " + table + " r SEMI JOIN dup_keys d ON " + on + ") WHERE rn > 1)");
        }
        st.execute("DROP TABLE dup_keys");
    }

    /**
     * DuckDB's reader of a Spark job's part files. Parquet columns keep their types (integers,
     * a double for confidence); the loading SQL casts as it does for CSV text.
     */
    private static String parts(CorpusFiles.Parts parts) {
        return parts.parquet() ? "read_parquet('" + sqlString(parts.glob()) + "')" : csv(parts.glob());
    }

    /** DuckDB's CSV reader over {@code path} (a file or a glob), every column as text. */
    private static String csv(String path) {
        return csv(path, "");
    }

    /** As {@link #csv(String)}, with extra reader options (", name = value ..."). */
    private static String csv(String path, String options) {
        return "read_csv('" + sqlString(path) + "', header = true, all_varchar = true, delim = ',',"
                + " quote = '\"', escape = '\"'" + options + ")";
    }

    private static void requireColumns(Statement st, String source, Path file, List<String> required)
            throws SQLException {
        Set<String> have = new TreeSet<>();
        try (ResultSet rs = st.executeQuery("SELECT * FROM " + source + " LIMIT 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                have.add(md.getColumnName(i).trim().toLowerCase(Locale.ROOT));
            }
        } catch (SQLException e) {
            throw new CorpusIndexException("cannot read " + file + ": " + firstLine(e.getMessage())
                    + " (expected a UTF-8 CSV with header, or Parquet with columns, "
                    + String.join(",", required) + ")", e);
        }
        List<String> missing = new ArrayList<>();
        for (String c : required) {
            if (!have.contains(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            throw new CorpusIndexException(file + " lacks column(s) " + String.join(", ", missing)
                    + ": expected header " + String.join(",", required) + " (re-run the batch to rewrite it)");
        }
    }

    private static long count(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String sqlString(String s) {
        return s.replace("'", "''");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Deletes temporary files of builds whose process is gone (crashed or killed). */
    private static void removeAbandonedTemporaries(Path dir) {
        try (var s = Files.newDirectoryStream(dir, TMP_PREFIX + "*")) {
            for (Path p : s) {
                String rest = p.getFileName().toString().substring(TMP_PREFIX.length());
                int dot = rest.indexOf('.');
                try {
                    long pid = Long.parseLong(dot < 0 ? rest : rest.substring(0, dot));
                    if (ProcessHandle.of(pid).isEmpty()) {
                        deleteQuietly(p);
                    }
                } catch (NumberFormatException e) {
                    // not ours
                }
            }
        } catch (IOException e) {
            // best effort: leftovers only cost disk space
        }
    }

    private static void fsync(Path p) {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // directories cannot be opened for fsync on every platform; the rename still is atomic
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            if (Files.isDirectory(p)) {
                try (var s = Files.walk(p)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(CorpusIndexer::deleteQuietly);
                }
            } else {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort
        }
    }
}
