package org.atalaya.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Read responses by request (path and query string), least recently used dropped first, bounded by
 * total bytes; and the gate that bounds how many store queries run at once. A failed request
 * (bad input) throws before anything is kept.
 */
final class ResponseCache {
    private final long maxBytes;
    private final Semaphore queries;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    /** Misses being computed: 50 clients asking the same page at once wait for one query, not run 50. */
    private final ConcurrentHashMap<String, CompletableFuture<byte[]>> inFlight = new ConcurrentHashMap<>();
    private long bytes;

    ResponseCache(ServerOptions options) {
        this.maxBytes = options.cachedResponseBytes();
        this.queries = new Semaphore(options.concurrentQueries(), true);
    }

    /** The UTF-8 body for {@code key}: kept as bytes, so a hit is sent without re-encoding 100 kB of JSON. */
    byte[] get(String key, Supplier<String> compute) {
        if (maxBytes > 0) {
            synchronized (this) {
                byte[] hit = entries.get(key);
                if (hit != null) {
                    return hit;
                }
            }
        }
        if (maxBytes == 0) {
            return utf8(gated(compute));
        }
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            byte[] value = utf8(gated(compute));
            if (value.length <= maxBytes / 4) {
                put(key, value);
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** Runs {@code compute} holding one of the query permits. */
    <T> T gated(Supplier<T> compute) {
        queries.acquireUninterruptibly();
        try {
            return compute.get();
        } finally {
            queries.release();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private synchronized void put(String key, byte[] value) {
        byte[] old = entries.put(key, value);
        bytes += value.length - (old == null ? 0 : old.length);
        for (Iterator<Map.Entry<String, byte[]>> it = entries.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
            bytes -= it.next().getValue().length;
            it.remove();
        }
    }
}
