package org.arabicner.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.duckdb.DuckDBConnection;

/**
 * Read-only DuckDB connections to one corpus database, lent to one thread at a time.
 *
 * <p>A DuckDB JDBC connection must not run statements from two threads at once, but
 * connections {@linkplain DuckDBConnection#duplicate() duplicated} from one database share
 * its cache and run concurrently. The pool keeps up to {@code max} of them; a thread that
 * finds none idle waits. The database file is {@code ATTACH}ed read-only to a private
 * in-memory instance rather than opened by its path, because the DuckDB driver shares one
 * instance per path within a process: after {@link org.arabicner.store.CorpusIndexer}
 * renamed a new file into place, opening by path would return the old, cached contents.
 *
 * <p>The instance is sandboxed ({@link #sandbox}): queries see the corpus and nothing else.
 *
 * <p>Thread-safe.
 */
final class ReaderPool implements AutoCloseable {

    /** Alias of the attached corpus database. */
    static final String CATALOG = "corpus";

    /** Work done with a borrowed connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection conn) throws SQLException;
    }

    private final DuckDBConnection root;
    private final LinkedBlockingQueue<DuckDBConnection> idle = new LinkedBlockingQueue<>();
    private int created; // guarded by this
    private final int max;
    private boolean closed; // guarded by this

    ReaderPool(Path database, int max) throws SQLException {
        this.max = max;
        this.root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = root.createStatement()) {
            st.execute("ATTACH '" + database.toString().replace("'", "''") + "' AS " + CATALOG
                    + " (READ_ONLY)");
            st.execute("USE " + CATALOG);
            sandbox(st);
        } catch (SQLException e) {
            root.close();
            throw e;
        }
    }

    /**
     * Closes the instance to the outside before any query runs: no extension is installed or
     * loaded (not even automatically), no file or URL is read or written ({@code COPY … TO},
     * {@code ATTACH}, {@code read_csv('/etc/passwd')}, {@code EXPORT DATABASE} all fail), and
     * the configuration is locked so that no statement can undo this. The settings belong to
     * the private in-memory instance, so every duplicated connection has them. Spilling of
     * large queries goes to a directory of its own under the system's temporary directory.
     */
    private static void sandbox(Statement st) throws SQLException {
        Path spill = Path.of(System.getProperty("java.io.tmpdir"), "arner-duckdb-" + ProcessHandle.current().pid());
        st.execute("SET temp_directory = '" + spill.toString().replace("'", "''") + "'");
        st.execute("SET autoinstall_known_extensions = false");
        st.execute("SET autoload_known_extensions = false");
        st.execute("SET allow_community_extensions = false");
        st.execute("SET enable_external_access = false");
        st.execute("SET lock_configuration = true");
    }

    <T> T with(Work<T> work) throws SQLException {
        DuckDBConnection conn = borrow();
        try {
            return work.run(conn);
        } finally {
            giveBack(conn);
        }
    }

    private DuckDBConnection borrow() throws SQLException {
        DuckDBConnection conn = idle.poll();
        if (conn != null) {
            return conn;
        }
        synchronized (this) {
            if (closed) {
                throw new SQLException("entity store is closed");
            }
            if (created < max) {
                DuckDBConnection c = root.duplicate();
                try (Statement st = c.createStatement()) {
                    st.execute("USE " + CATALOG);
                }
                created++;
                return c;
            }
        }
        try {
            while (true) {
                DuckDBConnection c = idle.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (c != null) {
                    return c;
                }
                synchronized (this) {
                    if (closed) {
                        throw new SQLException("entity store is closed");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection", e);
        }
    }

    private synchronized void giveBack(DuckDBConnection conn) throws SQLException {
        if (closed) {
            conn.close();
        } else {
            idle.add(conn);
        }
    }

    /**
     * Closes the idle connections now and lent ones when they come back, so that a query
     * running in another thread finishes rather than failing half-way.
     */
    @Override
    public void close() throws SQLException {
        List<DuckDBConnection> toClose = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            idle.drainTo(toClose);
        }
        for (DuckDBConnection c : toClose) {
            c.close();
        }
        root.close(); // the instance lives on until its last duplicate is closed
    }
}
