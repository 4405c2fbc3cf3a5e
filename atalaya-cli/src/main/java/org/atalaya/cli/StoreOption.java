package org.atalaya.cli;

import java.nio.file.Path;
import org.atalaya.store.EventStore;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option every command that touches the store takes (same default everywhere). */
final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = EventStore.DEFAULT_FILE,
            description = "DuckDB store file (default: ${DEFAULT-VALUE} in the working directory).")
    Path db;
}
