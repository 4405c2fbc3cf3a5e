package org.atalaya.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.atalaya.model.EventRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventReaderTest {
    @TempDir
    static Path dir;
    private static EventStore store;
    private static EventReader reader;

    @BeforeAll
    static void ingest() {
        Path input = Corpus.jsonl(dir.resolve("q.jsonl"),
                Corpus.article("a1", "2021-05-03", "Armenia pidió asistencia a Rusia. Azerbaiyán atacó Armenia en Syunik."),
                Corpus.article("a2", "2021-05-03", "Armenia pidió ayuda a Rusia. Turquía criticó a Irán."),
                Corpus.article("a3", "2021-05-12", "Ayer Azerbaiyán atacó Armenia. Rusia visitó Armenia."),
                Corpus.article("a4", "2021-06-01", "Irán ayudó a Armenia con la invasión."));
        store = EventStore.open(dir.resolve("q.duckdb"));
        new Ingestor(store, new FakeCoder(), IngestOptions.defaults().withThreads(2)).ingest(List.of(input.toString()),
                ProgressListener.NONE);
        reader = store.reader();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> cameos(List<EventRecord> events) {
        return events.stream().map(e -> e.articleId() + ":" + e.event().cameo()).toList();
    }

    @Test
    void everyFilterNarrowsTheMentions() {
        assertThat(reader.countMentions(EventQuery.all())).isEqualTo(7);
        assertThat(cameos(reader.mentions(EventQuery.all().from(LocalDate.of(2021, 5, 4)).to(LocalDate.of(2021, 5, 31)))))
                .containsExactly("a3:190", "a3:042");
        assertThat(cameos(reader.mentions(EventQuery.all().actor("AZE")))).containsExactly("a1:190", "a3:190");
        assertThat(cameos(reader.mentions(EventQuery.all().country("IRN")))).containsExactly("a2:111", "a4:070");
        assertThat(cameos(reader.mentions(EventQuery.all().root("19")))).containsExactly("a1:190", "a3:190");
        assertThat(cameos(reader.mentions(EventQuery.all().quadClass(1)))).containsExactlyInAnyOrder("a1:0232", "a2:0232", "a3:042");
        assertThat(cameos(reader.mentions(EventQuery.all().text("INVASION")))).as("case and accents ignored")
                .containsExactly("a4:070");
        assertThat(reader.mentions(EventQuery.all().limit(2).offset(1))).hasSize(2);
    }

    @Test
    void aValueIsNeverReadAsSql() {
        assertThat(reader.mentions(EventQuery.all().text("'; DROP TABLE mentions; --"))).isEmpty();
        assertThat(reader.mentions(EventQuery.all().text("%"))).isEmpty();
        assertThat(store.counts().mentions()).isEqualTo(7);
        assertThatThrownBy(() -> EventQuery.all().actor("ARM' OR 1=1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventsAreOneADayAndKeepTheirFullMentionCountUnderAFilter() {
        List<StoredEvent> events = reader.events(EventQuery.all());
        assertThat(events).hasSize(6);
        assertThat(reader.countEvents(EventQuery.all())).isEqualTo(6);
        List<StoredEvent> appeal = reader.events(EventQuery.all().text("asistencia"));
        assertThat(appeal).hasSize(1);
        assertThat(appeal.get(0).mentionCount()).isEqualTo(2);
        assertThat(appeal.get(0).articleIds()).containsExactly("a1", "a2");
    }

    @Test
    void seriesCountEventsAndSumGoldsteinPerPeriod() {
        List<SeriesPoint> byQuad = reader.series(EventQuery.all(), SeriesPoint.Key.QUAD, SeriesPoint.Interval.MONTH);
        assertThat(byQuad).containsExactly(
                new SeriesPoint(LocalDate.of(2021, 5, 1), "1", 2, 3, 3.4 + 1.9),
                new SeriesPoint(LocalDate.of(2021, 5, 1), "3", 1, 1, -2.0),
                new SeriesPoint(LocalDate.of(2021, 5, 1), "4", 2, 2, -20.0),
                new SeriesPoint(LocalDate.of(2021, 6, 1), "2", 1, 1, 7.0));
        List<SeriesPoint> weekly = reader.series(EventQuery.all().root("19"), SeriesPoint.Key.ROOT, SeriesPoint.Interval.WEEK);
        assertThat(weekly).extracting(SeriesPoint::period).containsExactly(LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 10));
        assertThat(reader.series(EventQuery.all().actor("TUR"), SeriesPoint.Key.DYAD, SeriesPoint.Interval.DAY))
                .containsExactly(new SeriesPoint(LocalDate.of(2021, 5, 3), "TURGOV>IRNGOV", 1, 1, -2.0));
    }

    @Test
    void topDyadsCarryTheirCooperationConflictBalance() {
        List<DyadBalance> dyads = reader.topDyads(EventQuery.all(), 2);
        assertThat(dyads).hasSize(2);
        assertThat(dyads.get(0)).isEqualTo(new DyadBalance("AZEGOV", "ARMGOV", 2, 2, 0, 2, -20.0));
        assertThat(dyads.get(0).balance()).isEqualTo(-1.0);
        assertThat(dyads.get(1).source()).isEqualTo("ARMGOV");
        assertThat(dyads.get(1).balance()).isEqualTo(1.0);
    }

    @Test
    void anArticleComesBackWithItsMetadataAndEventsInSentenceOrder() {
        StoredArticle a = reader.article("a1").orElseThrow();
        assertThat(a.article().url()).contains("https://example.org/a1");
        assertThat(a.article().published()).contains(LocalDate.of(2021, 5, 3));
        assertThat(a.article().origin()).isEqualTo(dir.resolve("q.jsonl") + ":1");
        assertThat(a.events()).extracting(EventRecord::sentenceIndex).containsExactly(0, 1);
        assertThat(a.events().get(1).location().orElseThrow().name()).isEqualTo("Syunik");
        assertThat(a.contentHash()).startsWith("sha256:");
        assertThat(reader.article("nope")).isEmpty();
    }
}
