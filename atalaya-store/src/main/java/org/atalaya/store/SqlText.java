package org.atalaya.store;

/**
 * The one place where a value is written into SQL text: DuckDB accepts no parameter where a file
 * name is a table function argument inside a view or the target of some COPY forms. Only paths
 * given by the operator pass here, never a value from a query or an HTTP request.
 */
final class SqlText {
    private SqlText() {
    }

    /** A SQL string literal: quotes doubled, and no NUL, which no path holds. */
    static String literal(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("NUL character in path");
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
