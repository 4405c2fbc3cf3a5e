package org.atalaya.store;

import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/** Gives a fresh connection to the same database; the caller closes it. */
@FunctionalInterface
interface ConnectionSource {
    DuckDBConnection open() throws SQLException;
}
