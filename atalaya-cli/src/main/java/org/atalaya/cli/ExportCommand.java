package org.atalaya.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.atalaya.store.EventStore;
import org.atalaya.store.ExportFormat;
import org.atalaya.store.ParquetEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code atalaya export}: the store's events as CSV, JSONL, Parquet or Phoenix-style TSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the events matching the filters to a file.",
                "csv: flat mention columns; jsonl: the event records; parquet: every column (opens in DuckDB, pandas, R arrow);",
                "phoenix: one-a-day events as Phoenix/ICEWS-style tab-separated columns (docs/phoenix-export.md)."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    QueryFilters filters;

    @Option(names = "--format", required = true, description = "csv, jsonl, parquet or phoenix.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--parquet", paramLabel = "PATH", description = "Read a Parquet file or directory instead of the store.")
    Path parquet;

    @Override
    public Integer call() {
        ExportFormat f = ExportFormat.parse(format).orElseThrow(
                () -> new IllegalArgumentException("--format must be csv, jsonl, parquet or phoenix, not '" + format + "'"));
        long rows;
        if (parquet != null) {
            try (ParquetEvents p = ParquetEvents.open(parquet)) {
                rows = p.exporter().export(filters.query().unlimited(), f, out);
            }
        } else {
            try (EventStore db = EventStore.open(store.db)) {
                rows = db.exporter().export(filters.query().unlimited(), f, out);
            }
        }
        System.err.printf("%,d rows written to %s%n", rows, out);
        return 0;
    }
}
