package org.atalaya.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {
    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void aCachedResponseIsComputedOnce() {
        ResponseCache cache = new ResponseCache(new ServerOptions(1000, 2));
        AtomicInteger calls = new AtomicInteger();
        assertThat(text(cache.get("/a", () -> "v" + calls.incrementAndGet()))).isEqualTo("v1");
        assertThat(text(cache.get("/a", () -> "v" + calls.incrementAndGet()))).isEqualTo("v1");
        assertThat(calls).hasValue(1);
    }

    @Test
    void withoutACacheEveryRequestIsComputed() {
        ResponseCache cache = new ResponseCache(ServerOptions.defaults());
        AtomicInteger calls = new AtomicInteger();
        cache.get("/a", () -> "v" + calls.incrementAndGet());
        assertThat(text(cache.get("/a", () -> "v" + calls.incrementAndGet()))).isEqualTo("v2");
    }

    @Test
    void aFailureIsNotKept() {
        ResponseCache cache = new ResponseCache(new ServerOptions(1000, 2));
        assertThatThrownBy(() -> cache.get("/a", () -> {
            throw ApiError.badRequest("x", "bad");
        })).isInstanceOf(ApiError.class);
        assertThat(text(cache.get("/a", () -> "ok"))).isEqualTo("ok");
    }

    @Test
    void theLeastRecentlyUsedGoesFirstWhenFull() {
        ResponseCache cache = new ResponseCache(new ServerOptions(40, 2));
        cache.get("/a", () -> "a".repeat(10));
        cache.get("/b", () -> "b".repeat(10));
        cache.get("/a", () -> "changed");
        cache.get("/c", () -> "c".repeat(10));
        cache.get("/d", () -> "d".repeat(10));
        cache.get("/e", () -> "e".repeat(10));
        assertThat(text(cache.get("/a", () -> "recomputed"))).isEqualTo("a".repeat(10));
        assertThat(text(cache.get("/b", () -> "recomputed"))).isEqualTo("recomputed");
    }

    @Test
    void concurrentMissesForOneKeyRunOneQuery() throws Exception {
        ResponseCache cache = new ResponseCache(new ServerOptions(1000, 4));
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<byte[]>> replies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            replies.add(pool.submit(() -> {
                go.await();
                return cache.get("/slow", () -> {
                    calls.incrementAndGet();
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "done";
                });
            }));
        }
        go.countDown();
        for (Future<byte[]> f : replies) {
            assertThat(text(f.get(10, TimeUnit.SECONDS))).isEqualTo("done");
        }
        pool.shutdown();
        assertThat(calls.get()).isLessThanOrEqualTo(2);
    }
}
