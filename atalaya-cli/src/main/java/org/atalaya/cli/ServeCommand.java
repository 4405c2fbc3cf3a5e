package org.atalaya.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.atalaya.pipeline.AtalayaPipeline;
import org.atalaya.server.AtalayaServer;
import org.atalaya.server.ServerOptions;
import org.atalaya.store.EventReader;
import org.atalaya.store.EventStore;
import org.atalaya.store.ParquetEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code atalaya serve}: the JSON API and the dashboard over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the dashboard (/) and the JSON API (/api/..., described at /openapi.json) over the store.",
                "POST /api/code codes text live (the CoreNLP models load on the first request of each language).",
                "DuckDB lets one process open a store: stop the server before ingesting into the same file."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--parquet", paramLabel = "PATH", description = "Serve a Parquet file or directory (e.g. the Spark job's output) instead of the store.")
    Path parquet;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = AtalayaServer.DEFAULT_HOST,
            description = "Address to bind (default ${DEFAULT-VALUE}: this machine only; the API has no authentication).")
    String host;

    @Option(names = "--max-chars", defaultValue = "1000000", description = "Longest article POST /api/code codes (default ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--cache-mb", defaultValue = "64", paramLabel = "MB",
            description = "Memory for cached read responses (default ${DEFAULT-VALUE}; 0: every request queries the store).")
    long cacheMb;

    @Option(names = "--verbose", description = "Stack traces on errors.")
    boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        if (cacheMb < 0 || cacheMb > (1L << 20)) {
            throw new IllegalArgumentException("--cache-mb " + cacheMb + " is not between 0 and 1048576");
        }
        AtalayaPipeline pipeline = Pipelines.standard(maxChars);
        AutoCloseable source;
        EventReader reader;
        if (parquet != null) {
            ParquetEvents p = ParquetEvents.open(parquet);
            source = p;
            reader = p.reader();
        } else {
            EventStore db = EventStore.open(store.db);
            source = db;
            reader = db.reader();
        }
        // this process holds DuckDB's lock on the store (and a Parquet export is a finished file), and the
        // server never writes: nothing can change a response while it runs, so responses may be cached
        AtalayaServer server = new AtalayaServer(reader, pipeline, ServerOptions.readOnlyStore().withCachedResponseBytes(cacheMb << 20));
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C / SIGTERM: stop taking requests, then close the store so DuckDB's file is left clean
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            closeQuietly(source);
            stopped.countDown();
        }, "atalaya-serve-shutdown"));
        try {
            server.start(port, host);
        } catch (RuntimeException e) {
            closeQuietly(source);
            throw e;
        }
        if (!isLoopback(host)) {
            System.err.println("warning: listening on " + host + ": anyone who can reach it can read the store and use the coder");
        }
        System.err.println("Atalaya: http://" + host + ":" + server.port() + "/  (API: /openapi.json; "
                + (parquet != null ? "parquet " + parquet : "store " + store.db) + "); Ctrl-C stops");
        stopped.await();
        return 0;
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            System.err.println("closing the store: " + e.getMessage());
        }
    }
}
