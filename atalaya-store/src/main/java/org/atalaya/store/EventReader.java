package org.atalaya.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.atalaya.io.EventJson;
import org.atalaya.model.CoderStamp;
import org.atalaya.model.EventRecord;

/**
 * Answers {@link EventQuery}s over a store or over Parquet mentions ({@link ParquetEvents}): the
 * same SQL runs on either, because both expose the relations {@code mentions}, {@code events} and
 * {@code articles}. Records come back from the stored JSON, so they equal what the coder produced.
 * Thread-safe: each call opens its own connection.
 */
public final class EventReader {
    private static final String MENTION_ORDER = " ORDER BY m.date, m.event_id, m.article_id";

    private final ConnectionSource connections;

    EventReader(ConnectionSource connections) {
        this.connections = connections;
    }

    /** Mentions (events as coded in each article) matching {@code q}, by date then id. */
    public List<EventRecord> mentions(EventQuery q) {
        List<EventRecord> out = new ArrayList<>();
        forEachMention(q, out::add);
        return out;
    }

    /** As {@link #mentions}, streamed to {@code sink} one at a time, for large results. */
    public void forEachMention(EventQuery q, Consumer<EventRecord> sink) {
        SqlFilter f = SqlFilter.of(q, "m");
        String sql = "SELECT m.json FROM mentions m WHERE " + f.where() + MENTION_ORDER + page(q);
        query(sql, p -> bindPage(p, f.bind(p, 1), q), r -> sink.accept(EventJson.read(r.getString(1))));
    }

    public long countMentions(EventQuery q) {
        SqlFilter f = SqlFilter.of(q, "m");
        long[] n = new long[1];
        query("SELECT count(*) FROM mentions m WHERE " + f.where(), p -> f.bind(p, 1), r -> n[0] = r.getLong(1));
        return n[0];
    }

    /**
     * One-a-day events with at least one mention matching {@code q}; their counts and article lists
     * cover all their mentions, not only the matching ones.
     */
    public List<StoredEvent> events(EventQuery q) {
        List<StoredEvent> out = new ArrayList<>();
        Hits h = Hits.of(q);
        String sql = h.sql("e.event_id, e.mention_count, e.article_ids, e.json")
                + " ORDER BY e.date, e.event_id" + page(q);
        query(sql, p -> bindPage(p, h.bind(p), q), r -> out.add(new StoredEvent(r.getString(1),
                EventJson.read(r.getString(4)), r.getLong(2), strings(r.getArray(3)))));
        return out;
    }

    public long countEvents(EventQuery q) {
        Hits h = Hits.of(q);
        long[] n = new long[1];
        query("SELECT count(*) FROM (" + h.sql("e.event_id") + ")", h::bind, r -> n[0] = r.getLong(1));
        return n[0];
    }

    /** Events per period and key (quad class, CAMEO root or dyad), with mentions and Goldstein sums. */
    public List<SeriesPoint> series(EventQuery q, SeriesPoint.Key key, SeriesPoint.Interval interval) {
        Hits h = Hits.of(q);
        String sql = "SELECT CAST(date_trunc(?, date) AS DATE) AS period, " + key.sql + " AS k, count(*),"
                + " sum(mention_count), sum(goldstein) FROM (" + h.sql("e.*") + ") GROUP BY ALL ORDER BY period, k";
        List<SeriesPoint> out = new ArrayList<>();
        query(sql, p -> {
            p.setString(1, interval.unit());
            h.bind(p, 2);
        }, r -> out.add(new SeriesPoint(r.getObject(1, java.time.LocalDate.class), r.getString(2), r.getLong(3),
                r.getLong(4), r.getDouble(5))));
        return out;
    }

    /** The {@code n} dyads with most events, with their cooperation/conflict balance. */
    public List<DyadBalance> topDyads(EventQuery q, int n) {
        Hits h = Hits.of(q);
        String sql = "SELECT source_code, target_code, count(*), sum(mention_count),"
                + " count(*) FILTER (WHERE quad_class <= 2), count(*) FILTER (WHERE quad_class >= 3), sum(goldstein)"
                + " FROM (" + h.sql("e.*") + ") WHERE target_code IS NOT NULL GROUP BY ALL"
                + " ORDER BY 3 DESC, 1, 2 LIMIT ?";
        List<DyadBalance> out = new ArrayList<>();
        query(sql, p -> p.setInt(h.bind(p), n), r -> out.add(new DyadBalance(r.getString(1), r.getString(2),
                r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6), r.getDouble(7))));
        return out;
    }

    /** A stored article and its mentions in sentence order; empty if unknown (or over Parquet). */
    public Optional<StoredArticle> article(String id) {
        List<StoredArticle> found = new ArrayList<>();
        query("SELECT " + ArticleRows.COLUMNS + ", content_hash, coded_at, coder_version, dictionaries"
                + " FROM articles WHERE id = ?", p -> p.setString(1, id), r -> found.add(new StoredArticle(
                ArticleRows.article(r), r.getString(10), r.getTimestamp(11).toLocalDateTime(),
                new CoderStamp(r.getString(12), r.getString(13)), List.of())));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<EventRecord> events = new ArrayList<>();
        query("SELECT json FROM mentions WHERE article_id = ? ORDER BY sentence_index, event_id",
                p -> p.setString(1, id), r -> events.add(EventJson.read(r.getString(1))));
        StoredArticle a = found.get(0);
        return Optional.of(new StoredArticle(a.article(), a.contentHash(), a.codedAt(), a.stamp(), events));
    }

    private static String page(EventQuery q) {
        return (q.limit() == EventQuery.UNLIMITED ? "" : " LIMIT ?") + (q.offset() == 0 ? "" : " OFFSET ?");
    }

    private static void bindPage(PreparedStatement p, int next, EventQuery q) throws SQLException {
        if (q.limit() != EventQuery.UNLIMITED) {
            p.setLong(next++, q.limit());
        }
        if (q.offset() != 0) {
            p.setLong(next, q.offset());
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    interface Binder {
        void bind(PreparedStatement p) throws SQLException;
    }

    interface RowHandler {
        void row(ResultSet r) throws SQLException;
    }

    private void query(String sql, Binder binder, RowHandler handler) {
        try (Connection c = connections.open(); PreparedStatement p = c.prepareStatement(sql)) {
            binder.bind(p);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    handler.row(r);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("query failed", e);
        }
    }

    /**
     * The one-a-day events (alias {@code e}) that have a mention matching the filter: the matching
     * keys are found over mentions, then joined to the events view (the date bounds again on
     * {@code e}, where DuckDB can apply them before the window).
     */
    private record Hits(SqlFilter mentions, SqlFilter dates) {
        static Hits of(EventQuery q) {
            return new Hits(SqlFilter.of(q, "m"), SqlFilter.dates(q, "e"));
        }

        String sql(String columns) {
            return "SELECT " + columns + " FROM events e JOIN (SELECT DISTINCT m.date, m.source_code,"
                    + " coalesce(m.target_code, '') AS tkey, m.cameo FROM mentions m WHERE " + mentions.where()
                    + ") h ON e.date = h.date AND e.source_code = h.source_code"
                    + " AND coalesce(e.target_code, '') = h.tkey AND e.cameo = h.cameo WHERE " + dates.where();
        }

        /** Binds from parameter 1; returns the next free index. */
        int bind(PreparedStatement p) throws SQLException {
            return dates.bind(p, mentions.bind(p, 1));
        }

        int bind(PreparedStatement p, int first) throws SQLException {
            return dates.bind(p, mentions.bind(p, first));
        }
    }
}
