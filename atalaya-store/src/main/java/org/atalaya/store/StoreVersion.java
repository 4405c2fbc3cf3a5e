package org.atalaya.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the writes to a store made through this process (the only process that can write it:
 * DuckDB locks the file), so a reader can keep what it computed until the next write. Odd while a
 * write is in progress, so a read that saw the same even number before and after saw no write.
 */
final class StoreVersion {
    /** For sources nothing writes (Parquet). */
    static final StoreVersion FIXED = new StoreVersion();

    private final AtomicLong n = new AtomicLong();

    long now() {
        return n.get();
    }

    /** True when no write was in progress at {@code before} and none started or ended since. */
    boolean unchangedSince(long before) {
        return before % 2 == 0 && n.get() == before;
    }

    void beginWrite() {
        n.incrementAndGet();
    }

    void endWrite() {
        n.incrementAndGet();
    }
}
