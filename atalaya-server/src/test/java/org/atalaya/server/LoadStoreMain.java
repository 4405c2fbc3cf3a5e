package org.atalaya.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.atalaya.store.EventStore;
import org.atalaya.store.IngestOptions;
import org.atalaya.store.IngestSummary;
import org.atalaya.store.Ingestor;
import org.atalaya.store.ProgressListener;

/**
 * Builds the load-test store (not a test): {@code n} generated articles of two events each over two
 * years, ingested with {@link FakeCoder}. Usage: {@code LoadStoreMain DIR N} → DIR/load.duckdb.
 */
public final class LoadStoreMain {
    private static final String[] COUNTRIES = {"Armenia", "Rusia", "Azerbaiyán", "Turquía", "Irán"};
    private static final String[] VERBS = {"pidió ayuda a", "visitó", "ayudó a", "criticó a", "atacó"};
    private static final String[] PLACES = {"Syunik", "Ereván", "Moscú", "Bakú", "Ankara", "Teherán"};

    private LoadStoreMain() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        Path input = dir.resolve("load.jsonl");
        Random random = new Random(42);
        ObjectMapper mapper = new ObjectMapper();
        LocalDate start = LocalDate.of(2020, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String text = sentence(random) + " " + sentence(random);
                out.write(mapper.createObjectNode().put("id", "load-" + i).put("text", text)
                        .put("published", start.plusDays(random.nextInt(730)).toString()).put("lang", "es")
                        .put("title", "Noticia " + i).put("source", "EFE").toString());
                out.write('\n');
            }
        }
        long t0 = System.nanoTime();
        try (EventStore store = EventStore.open(dir.resolve("load.duckdb"))) {
            IngestSummary s = new Ingestor(store, new FakeCoder(), IngestOptions.defaults().withThreads(2))
                    .ingest(List.of(input.toString()), ProgressListener.NONE);
            System.out.println(s + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms; mentions: "
                    + store.reader().countMentions(org.atalaya.store.EventQuery.all()));
        }
    }

    private static String sentence(Random r) {
        int a = r.nextInt(COUNTRIES.length);
        int b = (a + 1 + r.nextInt(COUNTRIES.length - 1)) % COUNTRIES.length;
        String when = r.nextInt(4) == 0 ? "Ayer " : "";
        return when + COUNTRIES[a] + " " + VERBS[r.nextInt(VERBS.length)] + " " + COUNTRIES[b] + " en "
                + PLACES[r.nextInt(PLACES.length)] + ".";
    }
}
