package org.atalaya.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One bucket of a time series: the events (one-a-day) of one key in one period, their mentions
 * and the sum of their Goldstein scores (conflict pulls it down, cooperation up).
 */
public record SeriesPoint(LocalDate period, String key, long events, long mentions, double goldsteinSum) {

    /** What a series is split by. */
    public enum Key {
        /** quad class 1..4 */
        QUAD("CAST(quad_class AS VARCHAR)"),
        /** two-digit CAMEO root */
        ROOT("root"),
        /** {@code SOURCE>TARGET} actor codes ({@code SOURCE>} when there is no target) */
        DYAD("source_code || '>' || coalesce(target_code, '')");

        final String sql;

        Key(String sql) {
            this.sql = sql;
        }
    }

    /** Period length; a week starts on Monday (ISO). */
    public enum Interval {
        DAY, WEEK, MONTH;

        String unit() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
