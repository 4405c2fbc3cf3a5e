package org.atalaya.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.atalaya.store.EventStore;
import org.atalaya.store.IngestOptions;
import org.atalaya.store.Ingestor;
import org.atalaya.store.ProgressListener;

/** A real DuckDB store in a temp dir, filled through the store's own Ingestor with {@link FakeCoder}. */
final class TestStore {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestStore() {
    }

    /**
     * Twelve articles over three months: {@code a01}…{@code a12}; every article has two events,
     * one of them located, so the map, timeline, dyads and pagination all have something to show.
     */
    static List<String> articles() {
        String[][] rows = {
            {"a01", "2021-03-02", "Armenia pidió ayuda a Rusia en Ereván. Azerbaiyán atacó Armenia en Syunik."},
            {"a02", "2021-03-09", "Rusia visitó Armenia en Ereván. Turquía criticó a Irán."},
            {"a03", "2021-03-20", "Ayer Azerbaiyán atacó Armenia en Syunik. Irán ayudó a Armenia."},
            {"a04", "2021-04-01", "Turquía ayudó a Azerbaiyán en Bakú. Armenia criticó a Turquía en Ereván."},
            {"a05", "2021-04-05", "Rusia pidió calma a Azerbaiyán en Moscú. Irán visitó Armenia."},
            {"a06", "2021-04-12", "Azerbaiyán atacó Armenia en Syunik. Rusia criticó a Azerbaiyán."},
            {"a07", "2021-04-20", "Irán criticó a Turquía en Teherán. Armenia pidió ayuda a Rusia."},
            {"a08", "2021-05-03", "Turquía visitó Azerbaiyán en Bakú. Ayer Azerbaiyán atacó Armenia en Syunik."},
            {"a09", "2021-05-10", "Rusia ayudó a Armenia en Ereván. Turquía criticó a Rusia en Ankara."},
            {"a10", "2021-05-14", "Armenia pidió asistencia militar a Rusia. Azerbaiyán atacó Armenia en Syunik."},
            {"a11", "2021-05-20", "Irán visitó Rusia en Moscú. Armenia criticó a Azerbaiyán."},
            {"a12", "2021-05-28", "Rusia visitó Armenia en Ereván. Azerbaiyán criticó a Irán en Bakú."},
        };
        List<String> lines = new ArrayList<>();
        for (String[] r : rows) {
            lines.add(MAPPER.createObjectNode().put("id", r[0]).put("text", r[2]).put("published", r[1]).put("lang", "es")
                    .put("title", "Noticia " + r[0]).put("url", "https://example.org/" + r[0]).put("source", "EFE").toString());
        }
        return lines;
    }

    static EventStore create(Path dir, List<String> jsonLines) {
        Path input = dir.resolve("articles.jsonl");
        try {
            Files.writeString(input, String.join("\n", jsonLines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EventStore store = EventStore.open(dir.resolve("test.duckdb"));
        new Ingestor(store, new FakeCoder(), IngestOptions.defaults().withThreads(1))
                .ingest(List.of(input.toString()), ProgressListener.NONE);
        return store;
    }
}
