package org.atalaya.server;

/**
 * How the server shares the store.
 *
 * @param cachedResponseBytes total size of read responses kept (0: none). Only safe when nothing
 *                            writes the store while the server runs, which is the case for
 *                            {@code atalaya serve}: DuckDB lets one process open the file, and the
 *                            server never writes it.
 * @param concurrentQueries   store queries run at once; more wait. DuckDB already uses every core
 *                            for one query, so 50 parallel queries on 2 cores only thrash (measured:
 *                            every request of a 50-client run timed out).
 */
public record ServerOptions(long cachedResponseBytes, int concurrentQueries) {
    public ServerOptions {
        if (cachedResponseBytes < 0 || concurrentQueries < 1) {
            throw new IllegalArgumentException("cachedResponseBytes " + cachedResponseBytes
                    + " must be >= 0 and concurrentQueries " + concurrentQueries + " >= 1");
        }
    }

    /** No cache (the store may change under the server), queries bounded by the cores. */
    public static ServerOptions defaults() {
        return new ServerOptions(0, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /** The same, keeping up to {@code bytes} of responses (0: none). */
    public ServerOptions withCachedResponseBytes(long bytes) {
        return new ServerOptions(bytes, concurrentQueries);
    }

    /** For a store nobody else writes while the server runs: up to 64 MB of responses cached. */
    public static ServerOptions readOnlyStore() {
        return new ServerOptions(64L << 20, defaults().concurrentQueries());
    }
}
