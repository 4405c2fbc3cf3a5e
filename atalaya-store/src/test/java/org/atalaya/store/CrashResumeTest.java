package org.atalaya.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.atalaya.store.bench.SpanishCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an ingest, twice, then a normal run: the store must equal the one a
 * single clean run gives (same counts, same mention and event ids, same rejects), and at no point
 * hold a half-written article.
 */
class CrashResumeTest {
    static final IngestOptions OPTIONS = IngestChild.options();
    private static final int ARTICLES = 300;

    @TempDir
    Path dir;

    @Test
    void aRunKilledTwiceAndRunAgainEndsExactlyAsACleanRun() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        SpanishCorpus.write(corpus, ARTICLES, 42);
        Files.writeString(corpus, "{broken\n{\"id\":\"late\",\"text\":\"\"}\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Path crashed = dir.resolve("crashed.duckdb");

        long afterFirstKill = killMidway(crashed, corpus, 40);
        assertConsistent(crashed);
        long afterSecondKill = killMidway(crashed, corpus, afterFirstKill + 60);
        assertConsistent(crashed);
        assertThat(afterSecondKill).isGreaterThan(afterFirstKill).isLessThan(ARTICLES);
        IngestSummary resumed;
        try (EventStore store = EventStore.open(crashed)) {
            resumed = new Ingestor(store, new FakeCoder(), OPTIONS).ingest(List.of(corpus.toString()), ProgressListener.NONE);
        }
        assertThat(resumed.skippedUnchanged()).as("work done before the kills is not redone").isGreaterThanOrEqualTo(afterSecondKill);
        assertThat(resumed.coded()).isEqualTo(ARTICLES - resumed.skippedUnchanged());
        Path clean = dir.resolve("clean.duckdb");
        try (EventStore store = EventStore.open(clean)) {
            IngestSummary s = new Ingestor(store, new FakeCoder(), OPTIONS).ingest(List.of(corpus.toString()), ProgressListener.NONE);
            assertThat(s.coded()).isEqualTo(ARTICLES);
        }
        for (String sql : List.of(
                "SELECT count(*) || '/' || (SELECT count(*) FROM mentions) || '/' || (SELECT count(*) FROM events)"
                        + " || '/' || (SELECT count(*) FROM rejects) FROM articles",
                "SELECT id || ' ' || content_hash || ' ' || n_events FROM articles ORDER BY id",
                "SELECT event_id || ' ' || article_id FROM mentions ORDER BY 1",
                "SELECT event_id || ' ' || mention_count FROM events ORDER BY 1",
                "SELECT file || ':' || line || ' ' || reason FROM rejects ORDER BY 1")) {
            assertThat(Corpus.column(crashed, sql)).as(sql).isEqualTo(Corpus.column(clean, sql));
        }
        assertThat(Corpus.column(clean, "SELECT count(*) FROM articles")).containsExactly(String.valueOf(ARTICLES));
    }

    /** Starts an ingest in a child JVM, kills it (SIGKILL) once at least {@code atLeast} records are done. */
    private long killMidway(Path store, Path corpus, long atLeast) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", classpath, IngestChild.class.getName(),
                store.toString(), corpus.toString(), "25").redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("pump: " + e);
            }
        });
        pump.setDaemon(true);
        pump.start();
        long done = 0;
        StringBuilder output = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (done < atLeast) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                output.append(line).append('\n');
                if (line.startsWith("progress ")) {
                    done = Long.parseLong(line.substring(9));
                }
            }
            assertThat(line == null || !line.startsWith("finished")).as("child finished before the kill:\n" + output).isTrue();
            assertThat(System.nanoTime()).as("child output so far:\n" + output).isLessThan(deadline);
            assertThat(child.isAlive() || !lines.isEmpty()).as("child died:\n" + output).isTrue();
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed, not finished").isNotZero();
        return done;
    }

    /** Every stored article has exactly the mentions it was stored with: no half-written article. */
    private static void assertConsistent(Path store) {
        assertThat(Corpus.column(store, "SELECT count(*) FROM articles a WHERE n_events <>"
                + " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)")).containsExactly("0");
        assertThat(Corpus.column(store, "SELECT count(*) FROM mentions m WHERE NOT EXISTS"
                + " (SELECT 1 FROM articles a WHERE a.id = m.article_id)")).containsExactly("0");
    }
}
