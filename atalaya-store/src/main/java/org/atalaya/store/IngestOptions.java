package org.atalaya.store;

import java.time.Duration;
import java.util.Objects;
import org.atalaya.io.ArticleReader;

/**
 * How an ingest runs.
 *
 * @param threads       coding threads (the coder is thread-safe; the parse dominates, so one per core)
 * @param batchSize     most articles written in one transaction
 * @param flushInterval longest time coded articles wait before they are committed: bounds what a
 *                      crash can lose and how stale the progress display gets
 * @param maxChars      longest article accepted by the reader
 */
public record IngestOptions(int threads, int batchSize, Duration flushInterval, int maxChars) {
    public IngestOptions {
        Objects.requireNonNull(flushInterval, "flushInterval");
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be 1..256, not " + threads);
        }
        if (batchSize < 1 || batchSize > 100_000) {
            throw new IllegalArgumentException("batch size must be 1..100000, not " + batchSize);
        }
        if (flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException("flush interval must be positive, not " + flushInterval);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), 500, Duration.ofSeconds(1),
                ArticleReader.DEFAULT_MAX_CHARS);
    }

    public IngestOptions withThreads(int n) {
        return new IngestOptions(n, batchSize, flushInterval, maxChars);
    }

    public IngestOptions withBatchSize(int n) {
        return new IngestOptions(threads, n, flushInterval, maxChars);
    }

    public IngestOptions withFlushInterval(Duration d) {
        return new IngestOptions(threads, batchSize, d, maxChars);
    }

    public IngestOptions withMaxChars(int n) {
        return new IngestOptions(threads, batchSize, flushInterval, n);
    }
}
