package org.atalaya.store;

import java.util.Locale;
import java.util.Optional;

/** The export formats; see docs/phoenix-export.md for the Phoenix columns. */
public enum ExportFormat {
    /** Mention columns (no JSON), with a header line. */
    CSV,
    /** One EVENT-FORMAT record per line: exactly what the coder produced, readable by EventJson. */
    JSONL,
    /** Every mention column, including the JSON: the layout {@code query --parquet} reads. */
    PARQUET,
    /** One-a-day events as tab-separated Phoenix/ICEWS-style columns, no header. */
    PHOENIX;

    /** Parses {@code csv}, {@code jsonl}, {@code parquet}, {@code phoenix} (any case). */
    public static Optional<ExportFormat> parse(String name) {
        for (ExportFormat f : values()) {
            if (f.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
