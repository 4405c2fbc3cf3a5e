package org.atalaya.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * An Atalaya event store: one DuckDB file (by default {@value #DEFAULT_FILE}) with the tables
 * {@code articles}, {@code mentions}, {@code rejects} and the one-a-day view {@code events}.
 * Opening creates the schema if needed. One process at a time may open a file (DuckDB locks it).
 * Thread-safe: every component works on its own duplicate of the connection.
 */
public final class EventStore implements AutoCloseable {
    public static final String DEFAULT_FILE = "atalaya.duckdb";

    private final Path file;
    private final DuckDBConnection connection;
    private final StoreVersion version = new StoreVersion();

    private EventStore(Path file, DuckDBConnection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if absent) the store at {@code file}. */
    public static EventStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection(
                    "jdbc:duckdb:" + file.toAbsolutePath(), settings());
            try {
                StoreSchema.create(c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return new EventStore(file, c);
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + file, e);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the directory of " + file, e);
        }
    }

    /**
     * Results stream from DuckDB instead of being materialised first: measured, the first row of a
     * 30M-row result came after 21 s without this and 0.1 s with it. Exports rely on it.
     * Late materialisation (a top-N of at most 50 rows re-reads the table by row id for its other
     * columns) is off: a page query reads only the days its rows lie on ({@link DayCounts}), so the
     * second read only added work (measured on 100k mentions: a page of 10 took 2.3–3.2 ms of CPU
     * with it, 0.7–1.5 ms without). Connections duplicated from this one inherit both settings.
     */
    static Properties settings() {
        Properties p = new Properties();
        p.setProperty("jdbc_stream_results", "true");
        p.setProperty("late_materialization_max_rows", "0");
        return p;
    }

    public Path file() {
        return file;
    }

    /** A reader (queries, aggregations, article view) over this store. */
    public EventReader reader() {
        return new EventReader(this::duplicate, version);
    }

    /** An exporter (CSV, JSONL, Parquet, Phoenix TSV) over this store. */
    public EventExporter exporter() {
        return new EventExporter(this::duplicate);
    }

    public StoreCounts counts() {
        try (Connection c = duplicate(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions),
                       (SELECT count(*) FROM events), (SELECT count(*) FROM rejects)""")) {
            r.next();
            return new StoreCounts(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
        } catch (SQLException e) {
            throw new StoreException("cannot count rows of " + file, e);
        }
    }

    /** All rejected records, by file and line. */
    public List<StoredReject> rejects() {
        List<StoredReject> out = new ArrayList<>();
        try (Connection c = duplicate(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT file, line, reason, message FROM rejects ORDER BY file, line, reason")) {
            while (r.next()) {
                out.add(new StoredReject(r.getString(1), r.getLong(2), r.getString(3), r.getString(4)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read rejects of " + file, e);
        }
    }

    /** Content hashes of the given article ids that are stored (absent ids are not in the map). */
    Map<String, String> storedHashes(Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (DuckDBConnection c = duplicate(); PreparedStatement p = c.prepareStatement(
                "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))")) {
            p.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot look up stored articles", e);
        }
    }

    /** Writes a CHECKPOINT so the file holds everything and the write-ahead log is emptied. */
    public void checkpoint() {
        try (Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new StoreException("cannot checkpoint " + file, e);
        }
    }

    StoreWriter writer() {
        try {
            DuckDBConnection c = duplicate();
            try {
                return new StoreWriter(c, version);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open a writer on " + file, e);
        }
    }

    DuckDBConnection duplicate() throws SQLException {
        synchronized (connection) {
            return (DuckDBConnection) connection.duplicate();
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + file, e);
        }
    }
}
