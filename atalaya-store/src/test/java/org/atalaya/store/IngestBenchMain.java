package org.atalaya.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.atalaya.model.CoderStamp;
import org.atalaya.store.bench.IngestBench;

/**
 * The store's own overhead, with a fake coder of fixed cost (tests only):
 * {@code java -cp ... org.atalaya.store.IngestBenchMain [articles] [coder-ms-per-article] [threads]}.
 */
public final class IngestBenchMain {
    private IngestBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long delay = args.length > 1 ? Long.parseLong(args[1]) : 0;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path dir = Files.createTempDirectory("atalaya-bench");
        FakeCoder coder = new FakeCoder(new CoderStamp("bench", "sha256:bench"), delay);
        IngestBench.Report r = IngestBench.run(coder, articles, dir, IngestOptions.defaults().withThreads(threads));
        System.out.println(r.table());
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }
}
