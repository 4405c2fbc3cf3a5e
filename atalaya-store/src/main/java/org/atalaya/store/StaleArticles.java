package org.atalaya.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.atalaya.model.Article;
import org.atalaya.model.CoderStamp;
import org.duckdb.DuckDBConnection;

/**
 * Stored articles coded with another coder version or other dictionaries than {@code stamp}, read
 * a page at a time in id order (keyset paging), so a recode holds one page in memory and a crashed
 * recode resumes where it stopped: what it already recoded is no longer stale.
 */
final class StaleArticles {
    private static final String WHERE = " FROM articles WHERE (coder_version <> ? OR dictionaries <> ?)";

    private final EventStore store;
    private final CoderStamp stamp;

    StaleArticles(EventStore store, CoderStamp stamp) {
        this.store = store;
        this.stamp = stamp;
    }

    long count() {
        try (DuckDBConnection c = store.duplicate(); PreparedStatement p = c.prepareStatement("SELECT count(*)" + WHERE)) {
            p.setString(1, stamp.version());
            p.setString(2, stamp.dictionaries());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count stale articles", e);
        }
    }

    /** Up to {@code size} stale articles with ids after {@code afterId} ("" for the first page). */
    List<Article> page(String afterId, int size) {
        List<Article> out = new ArrayList<>();
        try (DuckDBConnection c = store.duplicate(); PreparedStatement p = c.prepareStatement(
                "SELECT " + ArticleRows.COLUMNS + WHERE + " AND id > ? ORDER BY id LIMIT ?")) {
            p.setString(1, stamp.version());
            p.setString(2, stamp.dictionaries());
            p.setString(3, afterId);
            p.setInt(4, size);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(ArticleRows.article(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read stale articles", e);
        }
    }
}
