package org.atalaya.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.atalaya.store.EventQuery;
import org.atalaya.store.EventReader;
import org.atalaya.store.EventStore;
import org.atalaya.store.ParquetEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code atalaya query}: events from the store (or a Spark job's Parquet output) by date, actor, country, root, quad. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Prints stored events matching the filters (each mention: one event as coded in one article).")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    QueryFilters filters;

    @Option(names = "--parquet", paramLabel = "PATH", description = "Read a Parquet file or directory (e.g. the Spark job's output) instead of the store.")
    Path parquet;

    @Option(names = "--format", defaultValue = "table", description = "table (default), jsonl or csv.")
    String format;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many events (default ${DEFAULT-VALUE}); 0 for all.")
    long limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many events first.")
    long offset;

    @Override
    public Integer call() {
        EventFormat out = EventFormat.of(format);
        EventQuery q = filters.query().offset(offset);
        q = limit <= 0 ? q.unlimited() : q.limit(limit);
        PrintWriter stdout = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        out.header(stdout);
        if (parquet != null) {
            try (ParquetEvents p = ParquetEvents.open(parquet)) {
                print(p.reader(), q, out, stdout);
            }
        } else {
            try (EventStore db = EventStore.open(store.db)) {
                print(db.reader(), q, out, stdout);
            }
        }
        out.footer(stdout);
        stdout.flush();
        return 0;
    }

    private static void print(EventReader reader, EventQuery q, EventFormat out, PrintWriter stdout) {
        reader.forEachMention(q, e -> out.write(stdout, e));
    }
}
