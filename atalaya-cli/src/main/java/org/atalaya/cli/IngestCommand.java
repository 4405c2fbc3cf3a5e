package org.atalaya.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.atalaya.pipeline.AtalayaPipeline;
import org.atalaya.store.EventStore;
import org.atalaya.store.IngestOptions;
import org.atalaya.store.IngestSummary;
import org.atalaya.store.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atalaya ingest}: code files and directories into the store, idempotently and crash-safely. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Codes .txt, .jsonl and .jsonl.gz files (and directories of them) with all cores into the DuckDB store.",
                "Articles already stored with the same content are skipped; changed ones replace their old events;",
                "bad records are stored as rejects (see `atalaya rejects`). Safe to interrupt and run again."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<String> inputs;

    @Mixin
    StoreOption store;

    @Option(names = "--threads", defaultValue = "0", description = "Coding threads (default: all cores).")
    int threads;

    @Option(names = "--max-chars", defaultValue = "1000000", description = "Longest article coded (default ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--verbose", description = "Stack traces on errors.")
    boolean verbose;

    @Mixin
    KnowledgeOptions knowledge;

    @Mixin
    TimeTaggerOption timeTagger;

    @Override
    public Integer call() {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AtalayaPipeline pipeline = Pipelines.with(knowledge, timeTagger, maxChars, false);
        ProgressBar bar = new ProgressBar(System.err);
        try (EventStore db = EventStore.open(store.db)) {
            IngestSummary s = new Ingestor(db, pipeline, IngestOptions.defaults().withThreads(n).withMaxChars(maxChars))
                    .ingest(inputs, bar);
            bar.finish();
            Summaries.print(s, db);
            return s.clean() ? 0 : 1;
        }
    }
}
