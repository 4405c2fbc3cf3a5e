package org.atalaya.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
 * Thread-safe: each call opens its own connection (a duplicate: DuckDB connections are not safe for
 * concurrent use).
 *
 * <p>A page of mentions is read in two steps: the matching mentions per day ({@link DayCounts},
 * kept per filter until the store is next written), which give the total and the few days the page
 * lies on; then only those days' rows are sorted and their JSON read. The store keeps its mentions
 * in date order ({@link MentionOrder}), so those rows are contiguous.
 */
public final class EventReader {
    private static final String MENTION_ORDER = " ORDER BY m.date, m.event_id, m.article_id";
    /** Day counts kept, summed over filters: at most 16 MB. */
    private static final int CACHED_DAYS = 1_000_000;
    /** Attempts at reading counts and a page between two writes before reading them in one transaction. */
    private static final int ATTEMPTS = 3;

    private final ConnectionSource connections;
    private final StoreVersion version;
    private final DayCountCache dayCounts = new DayCountCache();

    EventReader(ConnectionSource connections, StoreVersion version) {
        this.connections = connections;
        this.version = version;
    }

    /** Mentions (events as coded in each article) matching {@code q}, by date then id. */
    public List<EventRecord> mentions(EventQuery q) {
        if (q.limit() == EventQuery.UNLIMITED) {
            List<EventRecord> out = new ArrayList<>();
            forEachMention(q, out::add);
            return out;
        }
        return page(q).mentions();
    }

    /** One page of {@code q} and the number of mentions matching its filter, read from one state of the store. */
    public MentionPage<EventRecord> page(EventQuery q) {
        MentionPage<String> json = pageJson(q);
        return new MentionPage<>(json.total(), json.mentions().stream().map(EventJson::read).toList());
    }

    /**
     * As {@link #page}, with each mention as the EVENT-FORMAT text {@link EventJson#write} gave it
     * when it was stored (the store keeps exactly that), for callers that send it on unchanged:
     * parsing and writing it again cost as much as the query.
     */
    public MentionPage<String> pageJson(EventQuery q) {
        SqlFilter f = SqlFilter.of(q, "m");
        try (Connection c = connections.open()) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                long seen = version.now();
                DayCounts counts = dayCounts(c, f, seen);
                List<String> rows = page(c, f, counts, q);
                if (version.unchangedSince(seen)) {
                    return new MentionPage<>(counts.total(), rows);
                }
            }
            // Writes keep overlapping the reads: take both from one snapshot, uncached.
            c.setAutoCommit(false);
            try {
                DayCounts counts = countDays(c, f);
                MentionPage<String> page = new MentionPage<>(counts.total(), page(c, f, counts, q));
                c.commit();
                return page;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("query failed", e);
        }
    }

    /**
     * As {@link #mentions}, streamed to {@code sink} one at a time. Without a limit (exports) the
     * rows stream straight from one sorted query, never held in memory together.
     */
    public void forEachMention(EventQuery q, Consumer<EventRecord> sink) {
        if (q.limit() != EventQuery.UNLIMITED) {
            page(q).mentions().forEach(sink);
            return;
        }
        SqlFilter f = SqlFilter.of(q, "m");
        String sql = "SELECT m.json FROM mentions m WHERE " + f.where() + MENTION_ORDER + limitClause(q);
        query(sql, p -> bindPage(p, f.bind(p, 1), q), r -> sink.accept(EventJson.read(r.getString(1))));
    }

    public long countMentions(EventQuery q) {
        SqlFilter f = SqlFilter.of(q, "m");
        try (Connection c = connections.open()) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                long seen = version.now();
                DayCounts counts = dayCounts(c, f, seen);
                if (version.unchangedSince(seen)) {
                    return counts.total();
                }
            }
            return countDays(c, f).total();
        } catch (SQLException e) {
            throw new StoreException("query failed", e);
        }
    }

    /** The day counts of {@code f} as of version {@code seen}: kept ones, or counted (and kept if no write overlapped). */
    private DayCounts dayCounts(Connection c, SqlFilter f, long seen) throws SQLException {
        Optional<DayCounts> kept = dayCounts.get(f, seen);
        if (kept.isPresent()) {
            return kept.get();
        }
        DayCounts counted = countDays(c, f);
        if (version.unchangedSince(seen)) {
            dayCounts.put(f, seen, counted);
        }
        return counted;
    }

    private static DayCounts countDays(Connection c, SqlFilter f) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        query(c, "SELECT m.date, count(*) FROM mentions m WHERE " + f.where() + " GROUP BY m.date ORDER BY m.date",
                p -> f.bind(p, 1), r -> rows.add(new long[] {r.getObject(1, LocalDate.class).toEpochDay(), r.getLong(2)}));
        long[] days = new long[rows.size()];
        long[] counts = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            days[i] = rows.get(i)[0];
            counts[i] = rows.get(i)[1];
        }
        return new DayCounts(days, counts);
    }

    /** The page's rows: only the days it lies on are read and sorted. */
    private static List<String> page(Connection c, SqlFilter f, DayCounts counts, EventQuery q) throws SQLException {
        Optional<DayCounts.Window> w = counts.window(q.offset(), q.limit());
        if (w.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        EventQuery inWindow = q.offset(w.get().skip());
        query(c, "SELECT m.json FROM mentions m WHERE " + f.where() + " AND m.date >= ? AND m.date <= ?"
                + MENTION_ORDER + limitClause(inWindow), p -> {
                    int next = f.bind(p, 1);
                    p.setObject(next++, w.get().first());
                    p.setObject(next++, w.get().last());
                    bindPage(p, next, inWindow);
                }, r -> out.add(r.getString(1)));
        return out;
    }

    /**
     * One-a-day events with at least one mention matching {@code q}; their counts and article lists
     * cover all their mentions, not only the matching ones.
     */
    public List<StoredEvent> events(EventQuery q) {
        List<StoredEvent> out = new ArrayList<>();
        Hits h = Hits.of(q);
        String sql = h.sql("e.event_id, e.mention_count, e.article_ids, e.json")
                + " ORDER BY e.date, e.event_id" + limitClause(q);
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

    private static String limitClause(EventQuery q) {
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
        try (Connection c = connections.open()) {
            query(c, sql, binder, handler);
        } catch (SQLException e) {
            throw new StoreException("query failed", e);
        }
    }

    private static void query(Connection c, String sql, Binder binder, RowHandler handler) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            binder.bind(p);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    handler.row(r);
                }
            }
        }
    }

    /** Day counts per filter, each valid for the store version it was counted at; least recently used dropped first. */
    private static final class DayCountCache {
        private record Entry(long version, DayCounts counts) {
        }

        private final LinkedHashMap<SqlFilter, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
        private long days;

        synchronized Optional<DayCounts> get(SqlFilter f, long version) {
            Entry e = entries.get(f);
            return e != null && e.version() == version ? Optional.of(e.counts()) : Optional.empty();
        }

        synchronized void put(SqlFilter f, long version, DayCounts counts) {
            Entry old = entries.put(f, new Entry(version, counts));
            days += counts.days() - (old == null ? 0 : old.counts().days());
            for (Iterator<Entry> it = entries.values().iterator(); days > CACHED_DAYS && it.hasNext(); ) {
                days -= it.next().counts().days();
                it.remove();
            }
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
