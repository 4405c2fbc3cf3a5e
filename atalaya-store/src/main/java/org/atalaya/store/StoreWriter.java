package org.atalaya.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atalaya.model.CoderStamp;
import org.atalaya.model.EventRecord;
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
    private final StoreVersion version;
    /** Whether the mentions are in date order ({@link MentionOrder}), and the last day stored; as committed. */
    private boolean inOrder;
    private Optional<LocalDate> lastDay;
    /** The same, as the open transaction leaves them. */
    private boolean pendingInOrder;
    private Optional<LocalDate> pendingLastDay;

    StoreWriter(DuckDBConnection connection, StoreVersion version) throws SQLException {
        this.connection = connection;
        this.version = version;
        this.inOrder = MentionOrder.inOrder(connection);
        this.lastDay = inOrder ? MentionOrder.lastDay(connection) : Optional.empty();
    }

    BatchResult write(List<CodedArticle> batch, List<StoredReject> rejects) {
        version.beginWrite();
        try {
            pendingInOrder = inOrder;
            pendingLastDay = lastDay;
            // Explicit BEGIN, not setAutoCommit(false): measured on 1.5.6, an Appender used before any
            // statement of a JDBC-managed transaction commits on its own and escapes the rollback.
            execute("BEGIN TRANSACTION");
            try {
                BatchResult result = writeInTransaction(batch, rejects);
                execute("COMMIT");
                inOrder = pendingInOrder;
                lastDay = pendingLastDay;
                return result;
            } catch (SQLException | RuntimeException e) {
                execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write a batch of " + batch.size() + " articles", e);
        } finally {
            version.endWrite();
        }
    }

    /**
     * Ends a run: if some batch was appended before the last stored day (or the store predates the
     * order), rewrites the mentions in page order. Returns whether it did.
     */
    boolean restorePageOrder() {
        if (inOrder) {
            return false;
        }
        version.beginWrite();
        try {
            boolean rewritten = MentionOrder.restore(connection);
            inOrder = true;
            lastDay = MentionOrder.lastDay(connection);
            return rewritten;
        } catch (SQLException e) {
            throw new StoreException("cannot rewrite the mentions in page order", e);
        } finally {
            version.endWrite();
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
        List<EventRecord> mentions = new ArrayList<>();
        for (CodedArticle a : articles) {
            mentions.addAll(a.events());
        }
        if (mentions.isEmpty()) {
            return;
        }
        // Appended in page order, so that a store filled day by day stays in date order.
        mentions.sort(Comparator.comparing(MentionOrder.Key::of));
        LocalDate first = mentions.get(0).date();
        LocalDate end = mentions.get(mentions.size() - 1).date();
        if (pendingInOrder && pendingLastDay.isPresent() && first.isBefore(pendingLastDay.get())) {
            MentionOrder.markAppended(connection);
            pendingInOrder = false;
        }
        if (pendingLastDay.isEmpty() || end.isAfter(pendingLastDay.get())) {
            pendingLastDay = Optional.of(end);
        }
        Object[] folded = folded(mentions);
        try (DuckDBAppender ap = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "mentions")) {
            for (int i = 0; i < mentions.size(); i++) {
                StoreRows.mention(ap, mentions.get(i), (String) folded[2 * i], (String) folded[2 * i + 1]);
            }
        }
    }

    /**
     * The evidence sentence and trigger of each mention, folded by DuckDB itself (one query per
     * batch), so the stored side matches the query side's {@code strip_accents(lower(?))} exactly.
     */
    private Object[] folded(List<EventRecord> mentions) throws SQLException {
        String[] texts = new String[2 * mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            texts[2 * i] = mentions.get(i).evidence().sentence();
            texts[2 * i + 1] = mentions.get(i).evidence().trigger();
        }
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT list_transform(?::VARCHAR[], x -> strip_accents(lower(x)))")) {
            p.setArray(1, connection.createArrayOf("VARCHAR", texts));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                Object[] out = (Object[]) r.getArray(1).getArray();
                if (out.length != texts.length) {
                    throw new StoreException("folding " + texts.length + " texts gave " + out.length);
                }
                return out;
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
