package org.atalaya.cli;

import java.util.concurrent.Callable;
import org.atalaya.pipeline.AtalayaPipeline;
import org.atalaya.store.EventStore;
import org.atalaya.store.IngestOptions;
import org.atalaya.store.IngestSummary;
import org.atalaya.store.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code atalaya recode}: re-code stored articles coded by another coder version or other dictionaries. */
@Command(name = "recode", mixinStandardHelpOptions = true,
        description = "Re-codes the stored articles whose coder version or dictionary checksum differs from the current ones.")
final class RecodeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--threads", defaultValue = "0", description = "Coding threads (default: all cores).")
    int threads;

    @Option(names = "--verbose", description = "Stack traces on errors.")
    boolean verbose;

    @Mixin
    KnowledgeOptions knowledge;

    @Mixin
    TimeTaggerOption timeTagger;

    @Override
    public Integer call() {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AtalayaPipeline pipeline = Pipelines.with(knowledge, timeTagger, AtalayaPipeline.DEFAULT_MAX_CHARS, false);
        ProgressBar bar = new ProgressBar(System.err);
        try (EventStore db = EventStore.open(store.db)) {
            IngestSummary s = new Ingestor(db, pipeline, IngestOptions.defaults().withThreads(n)).recode(bar);
            bar.finish();
            Summaries.print(s, db);
            return s.clean() ? 0 : 1;
        }
    }
}
