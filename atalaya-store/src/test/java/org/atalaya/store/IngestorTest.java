package org.atalaya.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.atalaya.model.CoderStamp;
import org.atalaya.model.EventRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    @TempDir
    Path dir;

    private static final IngestOptions OPTIONS = IngestOptions.defaults().withThreads(2).withBatchSize(7);

    private IngestSummary ingest(EventStore store, FakeCoder coder, Path... inputs) {
        List<String> paths = new ArrayList<>();
        for (Path p : inputs) {
            paths.add(p.toString());
        }
        return new Ingestor(store, coder, OPTIONS).ingest(paths, ProgressListener.NONE);
    }

    private Path corpus(int n) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(Corpus.article("a" + i, "2021-05-" + (10 + i % 5),
                    "Armenia pidió ayuda a Rusia. El canciller de Turquía visitó Irán en Syunik. Nada más " + i + "."));
        }
        return Corpus.jsonl(dir.resolve("corpus.jsonl"), lines.toArray(String[]::new));
    }

    @Test
    void ingestingTheSameInputTwiceAddsNothing() {
        Path input = corpus(30);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            IngestSummary first = ingest(store, new FakeCoder(), input);
            assertThat(first.coded()).isEqualTo(30);
            assertThat(first.mentions()).isEqualTo(60);
            StoreCounts counts = store.counts();
            List<String> ids = Corpus.column(store, "SELECT event_id FROM mentions ORDER BY 1");
            IngestSummary second = ingest(store, new FakeCoder(), input);
            assertThat(second.coded()).isZero();
            assertThat(second.skippedUnchanged()).isEqualTo(30);
            assertThat(store.counts()).isEqualTo(counts);
            assertThat(Corpus.column(store, "SELECT event_id FROM mentions ORDER BY 1")).isEqualTo(ids);
            assertThat(counts).isEqualTo(new StoreCounts(30, 60, 10, 0));
        }
    }

    @Test
    void aChangedArticleReplacesItsOldMentions() {
        Path v1 = Corpus.jsonl(dir.resolve("v1.jsonl"),
                Corpus.article("x", "2021-05-14", "Armenia pidió ayuda a Rusia. Turquía criticó a Irán."),
                Corpus.article("y", "2021-05-14", "Rusia visitó Armenia."));
        Path v2 = Corpus.jsonl(dir.resolve("v2.jsonl"),
                Corpus.article("x", "2021-05-14", "Azerbaiyán atacó Armenia."),
                Corpus.article("y", "2021-05-14", "Rusia visitó Armenia."));
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            ingest(store, new FakeCoder(), v1);
            assertThat(store.counts().mentions()).isEqualTo(3);
            IngestSummary s = ingest(store, new FakeCoder(), v2);
            assertThat(s.replaced()).isEqualTo(1);
            assertThat(s.skippedUnchanged()).isEqualTo(1);
            StoredArticle x = store.reader().article("x").orElseThrow();
            assertThat(x.events()).extracting(e -> e.event().cameo()).containsExactly("190");
            assertThat(x.article().text()).startsWith("Azerbaiyán");
            assertThat(store.counts()).isEqualTo(new StoreCounts(2, 2, 2, 0));
            assertThat(Corpus.column(store, "SELECT count(*) FROM articles a WHERE n_events <> "
                    + "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id)")).containsExactly("0");
        }
    }

    @Test
    void theSameEventOnOneDayInTwoArticlesIsOneEventWithTwoMentions() {
        Path input = Corpus.jsonl(dir.resolve("two.jsonl"),
                Corpus.article("b", "2021-05-14", "Armenia pidió asistencia militar a Rusia."),
                Corpus.article("a", "2021-05-14", "El primer ministro de Armenia pidió a Rusia ayuda."),
                Corpus.article("c", "2021-05-15", "Armenia pidió asistencia militar a Rusia."));
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            ingest(store, new FakeCoder(), input);
            List<StoredEvent> events = store.reader().events(EventQuery.all());
            assertThat(events).hasSize(2);
            StoredEvent first = events.get(0);
            assertThat(first.mentionCount()).isEqualTo(2);
            assertThat(first.articleIds()).containsExactly("a", "b");
            assertThat(first.representative().date()).isEqualTo(LocalDate.of(2021, 5, 14));
            assertThat(first.eventId()).startsWith("d-");
            assertThat(events.get(1).mentionCount()).isEqualTo(1);
            assertThat(store.counts()).isEqualTo(new StoreCounts(3, 3, 2, 0));
        }
    }

    @Test
    void badRecordsAreStoredAsRejectsWithFileLineAndReasonAndTheRestIsCoded() throws Exception {
        Path input = dir.resolve("mixed.jsonl");
        byte[] badUtf8 = "{\"id\":\"u\",\"text\":\"caf\u00e9\"}\n".getBytes("ISO-8859-1");
        try (var out = Files.newOutputStream(input)) {
            out.write(String.join("\n",
                    Corpus.article("ok1", "2021-05-14", "Armenia pidió ayuda a Rusia."),
                    "{broken",
                    "{\"id\":\"nt\"}",
                    "{\"id\":\"d\",\"text\":\"t\",\"published\":\"14/05/2021\"}",
                    "{\"id\":\"l\",\"text\":\"t\",\"lang\":\"xx\"}",
                    "{\"id\":\"long\",\"text\":\"" + "x".repeat(300) + "\"}",
                    Corpus.article("rej", "2021-05-14", "RECHAZAR este texto."),
                    Corpus.article("boom", "2021-05-14", "EXPLOTAR este texto."),
                    "").getBytes("UTF-8"));
            out.write(badUtf8);
            out.write((Corpus.article("ok2", "2021-05-14", "Rusia visitó Armenia.") + "\n").getBytes("UTF-8"));
        }
        IngestOptions small = OPTIONS.withMaxChars(200);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            IngestSummary s = new Ingestor(store, new FakeCoder(), small).ingest(List.of(input.toString()), ProgressListener.NONE);
            assertThat(s.read()).isEqualTo(10);
            assertThat(s.coded() + s.skippedUnchanged() + s.rejected()).as("every record accounted for").isEqualTo(s.read());
            assertThat(s.coded()).isEqualTo(2);
            assertThat(s.rejected()).isEqualTo(8);
            assertThat(s.clean()).isFalse();
            assertThat(store.rejects()).extracting(StoredReject::line, StoredReject::reason).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(2L, "bad-json"),
                    org.assertj.core.groups.Tuple.tuple(3L, "empty-text"),
                    org.assertj.core.groups.Tuple.tuple(4L, "bad-date"),
                    org.assertj.core.groups.Tuple.tuple(5L, "unknown-language"),
                    org.assertj.core.groups.Tuple.tuple(6L, "too-long"),
                    org.assertj.core.groups.Tuple.tuple(7L, "unknown-language"),
                    org.assertj.core.groups.Tuple.tuple(8L, "coder-error"),
                    org.assertj.core.groups.Tuple.tuple(9L, "undecodable"));
            assertThat(store.rejects()).allSatisfy(r -> assertThat(r.file()).isEqualTo(input.toString()));
            assertThat(store.counts().articles()).isEqualTo(2);
            new Ingestor(store, new FakeCoder(), small).ingest(List.of(input.toString()), ProgressListener.NONE);
            assertThat(store.counts().rejects()).isEqualTo(8);
        }
    }

    @Test
    void recodeReplacesTheMentionsOfArticlesCodedByAnotherCoderOnly() {
        Path input = corpus(12);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            ingest(store, new FakeCoder(), input);
            List<String> before = Corpus.column(store, "SELECT event_id FROM mentions ORDER BY 1");
            FakeCoder v2 = new FakeCoder(new CoderStamp("0.2.0-test", "sha256:fake-dictionaries-2"), 0);
            assertThat(ingest(store, v2, input).coded()).as("ingest skips unchanged content").isZero();
            IngestSummary s = new Ingestor(store, v2, OPTIONS).recode(ProgressListener.NONE);
            assertThat(s.coded()).isEqualTo(12);
            assertThat(s.replaced()).isEqualTo(12);
            assertThat(Corpus.column(store, "SELECT DISTINCT coder_version FROM articles")).containsExactly("0.2.0-test");
            assertThat(Corpus.column(store, "SELECT DISTINCT dictionaries FROM mentions")).containsExactly("sha256:fake-dictionaries-2");
            assertThat(Corpus.column(store, "SELECT event_id FROM mentions ORDER BY 1")).hasSameSizeAs(before).isNotEqualTo(before);
            assertThat(new Ingestor(store, v2, OPTIONS).recode(ProgressListener.NONE).coded()).isZero();
        }
    }

    @Test
    void whenAnIdRepeatsInOneInputTheLastVersionWins() {
        Path input = Corpus.jsonl(dir.resolve("dup.jsonl"),
                Corpus.article("x", "2021-05-14", "Armenia pidió ayuda a Rusia."),
                Corpus.article("x", "2021-05-14", "Azerbaiyán atacó Armenia."));
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            IngestSummary s = ingest(store, new FakeCoder(), input);
            assertThat(s.coded() + s.skippedUnchanged() + s.rejected()).isEqualTo(s.read());
            List<EventRecord> events = store.reader().article("x").orElseThrow().events();
            assertThat(events).extracting(e -> e.event().cameo()).containsExactly("190");
            assertThat(store.counts().articles()).isEqualTo(1);
        }
    }

    @Test
    void progressIsReportedWithAShareOfTheInputAndTheSummaryTimesTheWork() {
        Path input = corpus(40);
        List<IngestProgress> seen = new ArrayList<>();
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            IngestSummary s = new Ingestor(store, new FakeCoder(), OPTIONS).ingest(List.of(input.toString()), seen::add);
            assertThat(seen).isNotEmpty();
            IngestProgress last = seen.get(seen.size() - 1);
            assertThat(last.done()).isEqualTo(40);
            assertThat(last.fraction()).hasValue(1.0);
            assertThat(s.storing()).isPositive();
        }
    }
}
