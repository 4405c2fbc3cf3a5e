package org.atalaya.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.atalaya.io.EventJson;
import org.atalaya.model.EventRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventExporterTest {
    @TempDir
    static Path dir;
    private static EventStore store;

    @BeforeAll
    static void ingest() {
        Path input = Corpus.jsonl(dir.resolve("x.jsonl"),
                Corpus.article("a1", "2021-05-03", "Armenia pidió asistencia a Rusia. Azerbaiyán atacó Armenia en Syunik."),
                Corpus.article("a2", "2021-05-03", "Armenia pidió ayuda a Rusia. Turquía criticó a Irán."),
                Corpus.article("a3", "2021-05-12", "Ayer Azerbaiyán atacó. Rusia visitó Armenia."));
        store = EventStore.open(dir.resolve("x.duckdb"));
        new Ingestor(store, new FakeCoder(), IngestOptions.defaults().withThreads(2)).ingest(List.of(input.toString()),
                ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void jsonlRoundTripsThroughEventJson() throws IOException {
        Path out = dir.resolve("out/events.jsonl");
        long rows = store.exporter().export(EventQuery.all(), ExportFormat.JSONL, out);
        List<EventRecord> back = Files.readAllLines(out, StandardCharsets.UTF_8).stream().map(EventJson::read).toList();
        assertThat(rows).isEqualTo(6);
        assertThat(back).isEqualTo(store.reader().mentions(EventQuery.all().unlimited()));
        assertThat(back.get(0).target()).isPresent();
        assertThat(back).anySatisfy(e -> assertThat(e.target()).isEmpty());
    }

    @Test
    void parquetIsReadableByReadParquetAndByTheQueryLayer() throws Exception {
        Path out = dir.resolve("parquet/part-0.parquet");
        assertThat(store.exporter().export(EventQuery.all(), ExportFormat.PARQUET, out)).isEqualTo(6);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement p = c.prepareStatement("SELECT count(*), count(DISTINCT event_id) FROM read_parquet(?)")) {
            p.setString(1, out.toString());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(6);
                assertThat(r.getLong(2)).isEqualTo(6);
            }
        }
        try (ParquetEvents parquet = ParquetEvents.open(dir.resolve("parquet"))) {
            EventReader r = parquet.reader();
            assertThat(r.mentions(EventQuery.all())).isEqualTo(store.reader().mentions(EventQuery.all()));
            assertThat(r.events(EventQuery.all())).isEqualTo(store.reader().events(EventQuery.all()));
            assertThat(r.topDyads(EventQuery.all(), 5)).isEqualTo(store.reader().topDyads(EventQuery.all(), 5));
            assertThat(r.mentions(EventQuery.all().actor("AZE").text("Syunik"))).hasSize(1);
            assertThat(r.article("a1")).isEmpty();
        }
    }

    @Test
    void csvHasAHeaderOfTheMentionColumnsAndOneLinePerMention() throws IOException {
        Path out = dir.resolve("events.csv");
        assertThat(store.exporter().export(EventQuery.all().root("19"), ExportFormat.CSV, out)).isEqualTo(2);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("event_id,article_id,sentence_index,date,date_basis,source_code,")
                .contains(",cameo,root,").doesNotContain("json");
        assertThat(lines).hasSize(3);
    }

    @Test
    void phoenixWritesOneTabSeparatedLinePerOneADayEventWithTheDocumentedColumns() throws IOException {
        Path out = dir.resolve("events.phoenix.tsv");
        assertThat(store.exporter().export(EventQuery.all(), ExportFormat.PHOENIX, out)).isEqualTo(5);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(27));
        String[] appeal = lines.stream().filter(l -> l.contains("\t0232\t")).findFirst().orElseThrow().split("\t", -1);
        assertThat(appeal[1]).isEqualTo("20210503");
        assertThat(List.of(appeal).subList(5, 17)).containsExactly("ARMGOV", "ARM", "GOV", "", "RUSGOV", "RUS", "GOV", "",
                "0232", "02", "1", "3.4");
        assertThat(appeal[23]).isEqualTo("2");
        assertThat(appeal[24]).isEqualTo("a1;a2");
        assertThat(appeal[25]).isEqualTo("https://example.org/a1;https://example.org/a2");
        String doc = Files.readString(Path.of(System.getProperty("atalaya.docs", "../docs")).resolve("phoenix-export.md"));
        assertThat(doc).contains("| 27 |");
    }
}
