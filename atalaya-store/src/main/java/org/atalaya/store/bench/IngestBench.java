package org.atalaya.store.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.atalaya.pipeline.ArticleCoder;
import org.atalaya.store.EventQuery;
import org.atalaya.store.EventStore;
import org.atalaya.store.ExportFormat;
import org.atalaya.store.IngestOptions;
import org.atalaya.store.IngestSummary;
import org.atalaya.store.Ingestor;
import org.atalaya.store.ProgressListener;
import org.atalaya.store.SeriesPoint;
import org.atalaya.store.StoreCounts;

/**
 * Measures what the store adds to coding ({@code atalaya bench --ingest}): generates N Spanish-like
 * articles, ingests them with the given coder, and times the parts — coding (summed over threads),
 * storing (look-ups, appends, commits), a second run where everything is skipped as unchanged,
 * the one-a-day de-duplication at query time, and a Parquet export. The coder is a parameter: the
 * CLI passes the real one; the tests pass a fake one to isolate the store's own cost.
 */
public final class IngestBench {
    /** The measured figures; {@link #table()} prints them. */
    public record Report(int articles, StoreCounts counts, IngestSummary first, IngestSummary second,
                         Duration dedupQuery, Duration series, Duration parquetExport, long storeBytes) {

        /** Store time per article in milliseconds. */
        public double storeMillisPerArticle() {
            return first.storing().toNanos() / 1e6 / Math.max(1, first.coded());
        }

        /** Store time as a share of coding time (coding summed over threads). */
        public double storeShareOfCoding() {
            return first.coding().isZero() ? Double.NaN : (double) first.storing().toNanos() / first.coding().toNanos();
        }

        public String table() {
            return String.join("\n",
                    row("articles", String.valueOf(articles)),
                    row("mentions stored", String.valueOf(counts.mentions())),
                    row("one-a-day events", String.valueOf(counts.events())),
                    row("first run, wall", millis(first.elapsed())),
                    row("  coding (sum over threads)", millis(first.coding())),
                    row("  storing (writer thread)", millis(first.storing())),
                    row("  store ms per article", String.format(Locale.ROOT, "%.3f", storeMillisPerArticle())),
                    row("  store time / coding time", String.format(Locale.ROOT, "%.1f %%", 100 * storeShareOfCoding())),
                    row("  articles per second", rate(first.coded(), first.elapsed())),
                    row("second run (all unchanged), wall", millis(second.elapsed())),
                    row("  skipped per second", rate(second.skippedUnchanged(), second.elapsed())),
                    row("one-a-day events query (count)", millis(dedupQuery)),
                    row("monthly series by quad class", millis(series)),
                    row("Parquet export of all mentions", millis(parquetExport)),
                    row("store file size", String.format(Locale.ROOT, "%.1f MB", storeBytes / 1e6)));
        }

        private static String row(String name, String value) {
            return String.format(Locale.ROOT, "%-36s %14s", name, value);
        }

        private static String millis(Duration d) {
            return String.format(Locale.ROOT, "%,d ms", d.toMillis());
        }

        private static String rate(long n, Duration d) {
            return String.format(Locale.ROOT, "%,.0f", n / Math.max(1e-9, d.toNanos() / 1e9));
        }
    }

    private IngestBench() {
    }

    /** Runs the benchmark in {@code workDir} (a fresh store and corpus are written there). */
    public static Report run(ArticleCoder coder, int articles, Path workDir, IngestOptions options) {
        try {
            Files.createDirectories(workDir);
            Path corpus = workDir.resolve("bench-corpus.jsonl");
            Path storeFile = workDir.resolve("bench.duckdb");
            Files.deleteIfExists(storeFile);
            Files.deleteIfExists(workDir.resolve("bench.duckdb.wal"));
            SpanishCorpus.write(corpus, articles, 20211114L);
            try (EventStore store = EventStore.open(storeFile)) {
                Ingestor ingestor = new Ingestor(store, coder, options);
                IngestSummary first = ingestor.ingest(List.of(corpus.toString()), ProgressListener.NONE);
                IngestSummary second = ingestor.ingest(List.of(corpus.toString()), ProgressListener.NONE);
                long t0 = System.nanoTime();
                store.reader().countEvents(EventQuery.all());
                Duration dedup = Duration.ofNanos(System.nanoTime() - t0);
                t0 = System.nanoTime();
                store.reader().series(EventQuery.all(), SeriesPoint.Key.QUAD, SeriesPoint.Interval.MONTH);
                Duration series = Duration.ofNanos(System.nanoTime() - t0);
                t0 = System.nanoTime();
                store.exporter().export(EventQuery.all(), ExportFormat.PARQUET, workDir.resolve("bench-mentions.parquet"));
                Duration export = Duration.ofNanos(System.nanoTime() - t0);
                StoreCounts counts = store.counts();
                store.checkpoint();
                return new Report(articles, counts, first, second, dedup, series, export, Files.size(storeFile));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("benchmark failed in " + workDir, e);
        }
    }
}
