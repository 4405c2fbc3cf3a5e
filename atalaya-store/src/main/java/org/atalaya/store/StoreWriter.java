package org.atalaya.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atalaya.model.CoderStamp;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes batches of coded articles, each batch in ONE transaction, so that a crash (even kill -9)
 * leaves every article either fully stored with all its mentions or not at all. It is the only
 * writer and decides, inside the transaction, what is new, what replaces and what is unchanged:
 * the ingest pre-check is only an optimisation.
 */
final class StoreWriter implements AutoCloseable {
    /** What one batch did. */
    record BatchResult(int added, int replaced, int unchanged, int withoutEvents, int mentions) {
    }

    private record Stored(String hash, CoderStamp stamp) {
    }

    private final DuckDBConnection connection;

    StoreWriter(DuckDBConnection connection) {
        this.connection = connection;
    }

    BatchResult write(List<CodedArticle> batch, List<StoredReject> rejects) {
        try {
            // Explicit BEGIN, not setAutoCommit(false): measured on 1.5.6, an Appender used before any
            // statement of a JDBC-managed transaction commits on its own and escapes the rollback.
            execute("BEGIN TRANSACTION");
            try {
                BatchResult result = writeInTransaction(batch, rejects);
                execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write a batch of " + batch.size() + " articles", e);
        }
    }

    private BatchResult writeInTransaction(List<CodedArticle> batch, List<StoredReject> rejects) throws SQLException {
        // The last version of an id in the batch wins, as it would if each were written alone.
        Map<String, CodedArticle> latest = new LinkedHashMap<>();
        int replaced = 0;
        int unchanged = 0;
        for (CodedArticle a : batch) {
            CodedArticle before = latest.remove(a.article().id());
            if (before != null) {
                if (before.contentHash().equals(a.contentHash())) {
                    unchanged++;
                } else {
                    replaced++;
                }
            }
            latest.put(a.article().id(), a);
        }
        Map<String, Stored> stored = stored(latest.keySet().toArray(String[]::new));
        int added = 0;
        int mentions = 0;
        int withoutEvents = 0;
        List<CodedArticle> toWrite = new ArrayList<>();
        List<String> toDelete = new ArrayList<>();
        for (CodedArticle a : latest.values()) {
            Stored old = stored.get(a.article().id());
            if (old == null) {
                added++;
            } else if (old.hash().equals(a.contentHash()) && old.stamp().equals(a.stamp())) {
                unchanged++;
                continue;
            } else {
                replaced++;
                toDelete.add(a.article().id());
            }
            toWrite.add(a);
            mentions += a.events().size();
            withoutEvents += a.events().isEmpty() ? 1 : 0;
        }
        if (!toDelete.isEmpty()) {
            deleteArticles(toDelete.toArray(String[]::new));
        }
        if (!toWrite.isEmpty()) {
            append(toWrite);
        }
        for (StoredReject r : rejects) {
            insertReject(r);
        }
        return new BatchResult(added, replaced, unchanged, withoutEvents, mentions);
    }

    private Map<String, Stored> stored(String[] ids) throws SQLException {
        Map<String, Stored> out = new HashMap<>();
        if (ids.length == 0) {
            return out;
        }
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT id, content_hash, coder_version, dictionaries FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))")) {
            p.setArray(1, connection.createArrayOf("VARCHAR", ids));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), new Stored(r.getString(2), new CoderStamp(r.getString(3), r.getString(4))));
                }
            }
        }
        return out;
    }

    private void deleteArticles(String[] ids) throws SQLException {
        for (String table : new String[] {"mentions WHERE article_id", "articles WHERE id"}) {
            try (PreparedStatement p = connection.prepareStatement(
                    "DELETE FROM " + table + " IN (SELECT unnest(?::VARCHAR[]))")) {
                p.setArray(1, connection.createArrayOf("VARCHAR", ids));
                p.executeUpdate();
            }
        }
    }

    private void append(List<CodedArticle> articles) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (DuckDBAppender ap = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles")) {
            for (CodedArticle a : articles) {
                StoreRows.article(ap, a.article(), a.contentHash(), a.stamp(), a.events().size(), now);
            }
        }
        try (DuckDBAppender ap = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "mentions")) {
            for (CodedArticle a : articles) {
                for (var e : a.events()) {
                    StoreRows.mention(ap, e);
                }
            }
        }
    }

    /** Rejects are kept once per (file, line, reason), with the time they were first seen. */
    private void insertReject(StoredReject r) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("""
                INSERT INTO rejects SELECT ?, ?, ?, ?, now()::TIMESTAMP
                WHERE NOT EXISTS (SELECT 1 FROM rejects WHERE file = ? AND line = ? AND reason = ?)""")) {
            p.setString(1, r.file());
            p.setLong(2, r.line());
            p.setString(3, r.reason());
            p.setString(4, r.message());
            p.setString(5, r.file());
            p.setLong(6, r.line());
            p.setString(7, r.reason());
            p.executeUpdate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the writer connection", e);
        }
    }
}
