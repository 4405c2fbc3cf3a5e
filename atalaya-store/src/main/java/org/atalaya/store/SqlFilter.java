package org.atalaya.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an {@link EventQuery} into a WHERE clause over the mention columns, with {@code ?} for every
 * value. The SQL text depends only on which fields are set, never on their values.
 */
final class SqlFilter {
    private final String where;
    private final List<Object> values;

    private SqlFilter(String where, List<Object> values) {
        this.where = where;
        this.values = List.copyOf(values);
    }

    /** The filter on mention columns qualified with {@code alias} (e.g. {@code m}). */
    static SqlFilter of(EventQuery q, String alias) {
        String a = alias + ".";
        List<String> terms = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        q.from().ifPresent(d -> {
            terms.add(a + "date >= ?");
            values.add(d);
        });
        q.to().ifPresent(d -> {
            terms.add(a + "date <= ?");
            values.add(d);
        });
        q.actor().ifPresent(p -> {
            terms.add("(starts_with(" + a + "source_code, ?) OR starts_with(" + a + "target_code, ?))");
            values.add(p);
            values.add(p);
        });
        q.country().ifPresent(c -> {
            terms.add("(" + a + "source_country = ? OR " + a + "target_country = ?)");
            values.add(c);
            values.add(c);
        });
        q.root().ifPresent(r -> {
            terms.add(a + "root = ?");
            values.add(r);
        });
        if (q.quadClass().isPresent()) {
            terms.add(a + "quad_class = ?");
            values.add(q.quadClass().getAsInt());
        }
        q.text().ifPresent(t -> {
            // contains() takes the words literally (no LIKE wildcards to escape); folding both sides
            // makes "invasion" find "invasión". The stored side is folded once, at ingest
            // (StoreSchema.FOLDED), with the same functions.
            terms.add("(contains(" + a + "sentence_folded, strip_accents(lower(?)))"
                    + " OR contains(" + a + "trigger_folded, strip_accents(lower(?))))");
            String words = t.strip().toLowerCase(Locale.ROOT);
            values.add(words);
            values.add(words);
        });
        return new SqlFilter(terms.isEmpty() ? "TRUE" : String.join(" AND ", terms), values);
    }

    /** Only the date bounds of {@code q}: they are partition keys of the events view, so DuckDB
     * can apply them before the one-a-day window instead of after it. */
    static SqlFilter dates(EventQuery q, String alias) {
        EventQuery dates = EventQuery.all();
        if (q.from().isPresent()) {
            dates = dates.from(q.from().get());
        }
        if (q.to().isPresent()) {
            dates = dates.to(q.to().get());
        }
        return of(dates, alias);
    }

    /** Same SQL and same values: the same rows, so a cache may key on it. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SqlFilter f && f.where.equals(where) && f.values.equals(values);
    }

    @Override
    public int hashCode() {
        return 31 * where.hashCode() + values.hashCode();
    }

    String where() {
        return where;
    }

    int size() {
        return values.size();
    }

    /** Binds the values from parameter {@code first}; returns the next free parameter index. */
    int bind(PreparedStatement p, int first) throws SQLException {
        int i = first;
        for (Object v : values) {
            p.setObject(i++, v);
        }
        return i;
    }
}
