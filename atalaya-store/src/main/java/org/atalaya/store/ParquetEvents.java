package org.atalaya.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/**
 * Read-only access to mentions stored as Parquet (a store export, or the Spark job's output
 * directory of part files) through the same {@link EventReader} and {@link EventExporter} as a store:
 * an in-memory DuckDB defines {@code mentions} as a view over {@code read_parquet}, and the
 * {@code events} view on top, so no data is copied. There are no articles: {@code article(id)} is
 * empty and the Phoenix URL columns are blank.
 */
public final class ParquetEvents implements AutoCloseable {
    private final DuckDBConnection connection;

    private ParquetEvents(DuckDBConnection connection) {
        this.connection = connection;
    }

    /** Opens one {@code .parquet} file, or every {@code .parquet} file under a directory. */
    public static ParquetEvents open(Path path) {
        if (!Files.exists(path)) {
            throw new StoreException("no Parquet file or directory at " + path);
        }
        // A Spark job's output directory holds events/ (nested layout) and rejects/: read the events.
        Path events = path.resolve("events");
        boolean sparkOutput = Files.isDirectory(events);
        Path root = sparkOutput ? events : path;
        String glob = Files.isDirectory(root) ? root.toAbsolutePath() + "/**/*.parquet" : root.toAbsolutePath().toString();
        try {
            DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", EventStore.settings());
            try {
                // A view cannot take a bound parameter, so the operator's path is quoted instead.
                if (sparkOutput || nested(c, SqlText.literal(glob))) {
                    StoreSchema.createOverNestedParquet(c, SqlText.literal(glob));
                } else {
                    StoreSchema.createOverParquet(c, SqlText.literal(glob));
                }
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return new ParquetEvents(c);
        } catch (SQLException e) {
            throw new StoreException("cannot read Parquet mentions at " + path, e);
        }
    }

    /** True when the files hold EVENT-FORMAT structs (a "source" struct column) rather than flat mention columns. */
    private static boolean nested(java.sql.Connection c, String globLiteral) throws SQLException {
        try (java.sql.Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + globLiteral + ", union_by_name = true)")) {
            while (r.next()) {
                if (r.getString(1).equals("source") && r.getString(2).startsWith("STRUCT")) {
                    return true;
                }
            }
            return false;
        }
    }

    public EventReader reader() {
        return new EventReader(this::duplicate, StoreVersion.FIXED);
    }

    public EventExporter exporter() {
        return new EventExporter(this::duplicate);
    }

    private DuckDBConnection duplicate() throws SQLException {
        synchronized (connection) {
            return (DuckDBConnection) connection.duplicate();
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the Parquet reader", e);
        }
    }
}
