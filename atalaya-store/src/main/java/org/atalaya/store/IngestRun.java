package org.atalaya.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.atalaya.io.SourcePosition;
import org.atalaya.model.Article;
import org.atalaya.model.CoderStamp;
import org.atalaya.model.EventRecord;
import org.atalaya.pipeline.ArticleCoder;
import org.atalaya.pipeline.ArticleRejectedException;
import org.atalaya.pipeline.CodingResult;

/**
 * One ingest in motion: N coding threads and ONE writer thread. The feeder (the caller's thread)
 * puts a future per record into a bounded queue in input order; the writer takes them in that same
 * order, so the store ends the same whatever the thread timing (the last version of an id wins),
 * and the queue bound keeps memory flat however large the input.
 */
final class IngestRun implements AutoCloseable {
    private sealed interface Outcome permits Coded, Rejected, Skipped, End {
    }

    private record Coded(CodedArticle article) implements Outcome {
    }

    private record Rejected(StoredReject reject) implements Outcome {
    }

    private record Skipped() implements Outcome {
    }

    private record End() implements Outcome {
    }

    private final ArticleCoder coder;
    private final CoderStamp stamp;
    private final IngestOptions options;
    private final ProgressListener listener;
    private final Supplier<OptionalDouble> fraction;
    private final BlockingQueue<Future<Outcome>> queue;
    private final ExecutorService coders;
    private final StoreWriter writer;
    private final Thread writerThread;
    private final long start = System.nanoTime();
    private final AtomicLong codingNanos = new AtomicLong();
    private volatile Throwable failure;
    // Written by the writer thread only; read by the feeder after join().
    private long done;
    private long coded;
    private long withoutEvents;
    private long skipped;
    private long replaced;
    private long rejected;
    private long mentions;
    private long storeNanos;

    IngestRun(EventStore store, ArticleCoder coder, IngestOptions options, ProgressListener listener,
              Supplier<OptionalDouble> fraction) {
        this.coder = coder;
        this.stamp = coder.stamp();
        this.options = options;
        this.listener = listener;
        this.fraction = fraction;
        this.queue = new ArrayBlockingQueue<>(Math.max(2 * options.batchSize(), 16 * options.threads()));
        AtomicInteger n = new AtomicInteger();
        this.coders = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "atalaya-coder-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.writer = store.writer();
        this.writerThread = new Thread(this::writeLoop, "atalaya-writer");
        this.writerThread.setDaemon(true);
        this.writerThread.start();
    }

    /** Queues {@code article} for coding; {@code hash} is its content hash. Blocks while the queue is full. */
    void code(Article article, String hash) {
        put(coders.submit(() -> codeOne(article, hash)));
    }

    void skip() {
        put(CompletableFuture.completedFuture(new Skipped()));
    }

    void reject(StoredReject r) {
        put(CompletableFuture.completedFuture(new Rejected(r)));
    }

    /** Waits until everything queued is committed; throws if the writer failed. */
    IngestSummary finish(long read) {
        put(CompletableFuture.completedFuture(new End()));
        try {
            writerThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the writer");
        }
        throwIfFailed();
        long t0 = System.nanoTime();
        writer.restorePageOrder();
        storeNanos += System.nanoTime() - t0;
        return new IngestSummary(read, coded, withoutEvents, skipped, replaced, rejected, mentions,
                Duration.ofNanos(System.nanoTime() - start), Duration.ofNanos(codingNanos.get()),
                Duration.ofNanos(storeNanos));
    }

    private Outcome codeOne(Article article, String hash) {
        long t0 = System.nanoTime();
        SourcePosition origin = SourcePosition.parse(article.origin());
        try {
            CodingResult result = coder.code(article);
            for (EventRecord e : result.events()) {
                if (!e.articleId().equals(article.id())) {
                    return new Rejected(new StoredReject(origin.file(), origin.line(), StoredReject.CODER_ERROR,
                            "event " + e.id() + " names article '" + e.articleId() + "', not '" + article.id() + "'"));
                }
            }
            return new Coded(new CodedArticle(article, hash, stamp, result.events()));
        } catch (ArticleRejectedException e) {
            return new Rejected(new StoredReject(origin.file(), origin.line(), e.reason(), String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            // A coder bug on one article must not cost a night's run: record it like a bad record.
            return new Rejected(new StoredReject(origin.file(), origin.line(), StoredReject.CODER_ERROR,
                    "article '" + article.id() + "': " + e));
        } finally {
            codingNanos.addAndGet(System.nanoTime() - t0);
        }
    }

    private void put(Future<Outcome> f) {
        try {
            while (!queue.offer(f, 100, TimeUnit.MILLISECONDS)) {
                throwIfFailed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while queueing articles");
        }
        throwIfFailed();
    }

    private void throwIfFailed() {
        Throwable t = failure;
        if (t instanceof StoreException se) {
            throw new StoreException(se.getMessage(), se);
        }
        if (t != null) {
            throw new StoreException("ingest failed", t);
        }
    }

    private void writeLoop() {
        List<CodedArticle> batch = new ArrayList<>();
        List<StoredReject> rejects = new ArrayList<>();
        long pendingSkips = 0;
        long lastFlush = System.nanoTime();
        long interval = options.flushInterval().toNanos();
        try {
            while (true) {
                long wait = Math.max(1, lastFlush + interval - System.nanoTime());
                Future<Outcome> f = queue.poll(wait, TimeUnit.NANOSECONDS);
                boolean end = false;
                if (f != null) {
                    Outcome o = f.get();
                    if (o instanceof Coded c) {
                        batch.add(c.article());
                    } else if (o instanceof Rejected r) {
                        rejects.add(r.reject());
                    } else if (o instanceof Skipped) {
                        pendingSkips++;
                    } else {
                        end = true;
                    }
                }
                if (end || batch.size() >= options.batchSize() || System.nanoTime() - lastFlush >= interval) {
                    flush(batch, rejects, pendingSkips);
                    batch.clear();
                    rejects.clear();
                    pendingSkips = 0;
                    lastFlush = System.nanoTime();
                }
                if (end) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            failure = new StoreException("writer interrupted; the last uncommitted batch was not stored");
        } catch (ExecutionException e) {
            failure = e.getCause(); // an Error in a coding thread (e.g. out of memory)
        } catch (Throwable t) {
            failure = t;
        }
    }

    private void flush(List<CodedArticle> batch, List<StoredReject> rejects, long pendingSkips) {
        if (!batch.isEmpty() || !rejects.isEmpty()) {
            long t0 = System.nanoTime();
            StoreWriter.BatchResult r = writer.write(batch, rejects);
            storeNanos += System.nanoTime() - t0;
            coded += r.added() + r.replaced();
            replaced += r.replaced();
            skipped += r.unchanged();
            withoutEvents += r.withoutEvents();
            mentions += r.mentions();
            rejected += rejects.size();
            done += batch.size() + rejects.size();
        }
        skipped += pendingSkips;
        done += pendingSkips;
        if (batch.isEmpty() && rejects.isEmpty() && pendingSkips == 0) {
            return;
        }
        report();
    }

    private void report() {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        double seconds = Math.max(1e-9, elapsed.toNanos() / 1e9);
        OptionalDouble share = fraction.get();
        Optional<Duration> eta = Optional.empty();
        if (share.isPresent() && share.getAsDouble() > 0) {
            double f = Math.min(1, share.getAsDouble());
            eta = Optional.of(Duration.ofMillis((long) (seconds * 1000 * (1 - f) / f)));
        }
        try {
            listener.progress(new IngestProgress(done, coded, skipped, rejected, mentions, done / seconds, share, eta,
                    elapsed));
        } catch (RuntimeException e) {
            // see ProgressListener: a display failure does not stop the ingest
        }
    }

    /** Stops the threads; anything not yet committed is dropped, exactly as after a crash. */
    @Override
    public void close() {
        coders.shutdownNow();
        if (writerThread.isAlive()) {
            writerThread.interrupt();
            try {
                writerThread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writer.close();
    }
}
