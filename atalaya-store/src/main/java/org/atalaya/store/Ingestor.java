package org.atalaya.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import org.atalaya.io.ArticleReader;
import org.atalaya.io.ArticleStream;
import org.atalaya.io.ReadItem;
import org.atalaya.io.RejectedRecord;
import org.atalaya.model.Article;
import org.atalaya.pipeline.ArticleCoder;

/**
 * Batch ingest: reads articles, codes the new and changed ones on several threads, and stores
 * them, so that running it twice adds nothing and a run killed at any point, run again, ends with
 * exactly the store a clean run gives. Articles already stored with the same content hash are
 * skipped BEFORE coding — coding is the expensive part, so a resumed run only pays for what is left.
 */
public final class Ingestor {
    /** Records looked up in the store at once; small, so coding threads start without delay. */
    private static final int CHECK_CHUNK = 64;
    private static final int RECODE_PAGE = 256;

    private final EventStore store;
    private final ArticleCoder coder;
    private final IngestOptions options;

    public Ingestor(EventStore store, ArticleCoder coder, IngestOptions options) {
        this.store = store;
        this.coder = coder;
        this.options = options;
    }

    /** Ingests files, directories or {@code -} (see {@link ArticleReader}). */
    public IngestSummary ingest(List<String> inputs, ProgressListener listener) {
        try (ArticleStream stream = new ArticleReader(options.maxChars()).open(inputs)) {
            return ingest(stream, listener);
        }
    }

    /** Ingests an open stream (the caller closes it); progress is the share of its bytes read. */
    public IngestSummary ingest(ArticleStream stream, ProgressListener listener) {
        try (IngestRun run = new IngestRun(store, coder, options, listener, () -> share(stream))) {
            long read = 0;
            List<ReadItem> chunk = new ArrayList<>(CHECK_CHUNK);
            while (stream.hasNext()) {
                chunk.add(stream.next());
                read++;
                if (chunk.size() == CHECK_CHUNK) {
                    dispatch(chunk, run);
                    chunk.clear();
                }
            }
            dispatch(chunk, run);
            return run.finish(read);
        }
    }

    /**
     * Codes again every stored article whose coder version or dictionaries differ from the current
     * coder's stamp, replacing its mentions. Resumable like ingest.
     */
    public IngestSummary recode(ProgressListener listener) {
        StaleArticles stale = new StaleArticles(store, coder.stamp());
        long total = stale.count();
        AtomicLong queued = new AtomicLong();
        try (IngestRun run = new IngestRun(store, coder, options, listener,
                () -> total == 0 ? OptionalDouble.of(1) : OptionalDouble.of((double) queued.get() / total))) {
            String after = "";
            while (true) {
                List<Article> page = stale.page(after, RECODE_PAGE);
                if (page.isEmpty()) {
                    break;
                }
                for (Article a : page) {
                    run.code(a, ArticleHash.of(a));
                    queued.incrementAndGet();
                }
                after = page.get(page.size() - 1).id();
            }
            return run.finish(queued.get());
        }
    }

    /** Sends one chunk on in input order: rejects as they are, unchanged articles as skips, the rest to code. */
    private void dispatch(List<ReadItem> chunk, IngestRun run) {
        if (chunk.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (ReadItem item : chunk) {
            if (item instanceof ReadItem.Accepted a) {
                ids.add(a.article().id());
            }
        }
        Map<String, String> stored = store.storedHashes(ids);
        for (ReadItem item : chunk) {
            if (item instanceof RejectedRecord r) {
                run.reject(StoredReject.of(r));
            } else if (item instanceof ReadItem.Accepted a) {
                String hash = ArticleHash.of(a.article());
                if (hash.equals(stored.get(a.article().id()))) {
                    run.skip();
                } else {
                    run.code(a.article(), hash);
                }
            }
        }
    }

    private static OptionalDouble share(ArticleStream stream) {
        if (stream.totalBytes().isEmpty() || stream.totalBytes().getAsLong() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) stream.bytesRead() / stream.totalBytes().getAsLong());
    }
}
