package org.atalaya.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.atalaya.io.EventJson;
import org.atalaya.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API against a server on port 0 over a real DuckDB store filled by the Ingestor. */
class ApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    private static EventStore store;
    private static AtalayaServer server;

    @BeforeAll
    static void start() {
        store = TestStore.create(dir, TestStore.articles());
        server = new AtalayaServer(store.reader(), new FakeCoder()).start(0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    record Reply(int status, String contentType, JsonNode body, String raw) {
    }

    private static Reply get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    private static Reply post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            JsonNode body = type.startsWith("application/json") ? MAPPER.readTree(r.body()) : MAPPER.nullNode();
            return new Reply(r.statusCode(), type, body, r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(JsonNode events) {
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(e.get("article_id").asText() + ":" + e.get("event").get("cameo").asText()));
        return out;
    }

    private static void assertError(Reply r, int status, String field) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.body().get("field").asText()).isEqualTo(field);
        assertThat(r.body().get("error").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void eventsReturnsEveryMentionWithTheTotalInContractOrder() {
        Reply r = get("/api/events");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("total").asLong()).isEqualTo(24);
        assertThat(r.body().get("events")).hasSize(24);
        List<String> keys = new ArrayList<>();
        r.body().get("events").get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("schema", "id", "article_id", "sentence_index", "date", "date_basis", "source",
                "target", "event", "location", "evidence", "language", "coder");
        // the stored text is sent as it is: it must be exactly what the contract's writer gives
        for (JsonNode e : r.body().get("events")) {
            assertThat(r.raw()).contains(EventJson.write(EventJson.read(e.toString())));
        }
    }

    @Test
    void filtersNarrowTheEvents() {
        assertThat(ids(get("/api/events?root=19").body().get("events")))
                .containsExactly("a01:190", "a03:190", "a06:190", "a08:190", "a10:190");
        assertThat(get("/api/events?from=2021-05-01&to=2021-05-31").body().get("total").asLong()).isEqualTo(10);
        assertThat(get("/api/events?quad=2").body().get("total").asLong()).isEqualTo(3);
        assertThat(get("/api/events?country=TUR").body().get("total").asLong()).isEqualTo(6);
        assertThat(get("/api/events?actor=irngov&root=11").body().get("total").asLong()).isEqualTo(3);
        assertThat(get("/api/events?text=asistencia%20militar").body().get("events")).hasSize(1);
    }

    @Test
    void limitAndOffsetPageThroughTheSameOrder() {
        List<String> all = ids(get("/api/events").body().get("events"));
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 24; offset += 5) {
            Reply page = get("/api/events?limit=5&offset=" + offset);
            assertThat(page.body().get("total").asLong()).isEqualTo(24);
            assertThat(page.body().get("limit").asLong()).isEqualTo(5);
            paged.addAll(ids(page.body().get("events")));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(get("/api/events?limit=0").body().get("events")).isEmpty();
        assertThat(get("/api/events?limit=1000").status()).isEqualTo(200);
    }

    @Test
    void unknownOrRepeatedParametersAreRefusedNotIgnored() {
        assertError(get("/api/events?contry=ARM"), 400, "contry");
        assertError(get("/api/events?root=19&root=04"), 400, "root");
        assertError(get("/api/series?limit=3"), 400, "limit");
        assertError(get("/api/articles/a01?x=1"), 400, "x");
        assertError(get("/api/articles/a01?root=19"), 400, "root");
        assertError(get("/api/health?verbose=1"), 400, "verbose");
    }

    @Test
    void badDatesAreA400NamingTheField() {
        assertError(get("/api/events?from=2021-13-01"), 400, "from");
        assertError(get("/api/events?to=yesterday"), 400, "to");
        assertError(get("/api/events?from=2021-05-02&to=2021-05-01"), 400, "to");
    }

    @Test
    void badNumbersAndValuesAreA400NamingTheField() {
        assertError(get("/api/events?limit=1001"), 400, "limit");
        assertError(get("/api/events?limit=-1"), 400, "limit");
        assertError(get("/api/events?offset=abc"), 400, "offset");
        assertError(get("/api/events?offset=99999999999999999999"), 400, "offset");
        assertError(get("/api/events?quad=5"), 400, "quad");
        assertError(get("/api/events?quad=x"), 400, "quad");
        assertError(get("/api/events?root=190"), 400, "root");
        assertError(get("/api/events?country=AR"), 400, "country");
        assertError(get("/api/events?actor=%27%3B%20DROP%20TABLE%20mentions"), 400, "actor");
        assertError(get("/api/series?by=month"), 400, "by");
        assertError(get("/api/series?interval=year"), 400, "interval");
        assertError(get("/api/dyads?n=0"), 400, "n");
    }

    @Test
    void textIsBoundNotSpliced() {
        Reply r = get("/api/events?text=%27%29%20OR%201%3D1%20--");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("total").asLong()).isZero();
        assertThat(get("/api/health").body().get("mentions").asLong()).isEqualTo(24);
    }

    @Test
    void seriesCountsOneADayEventsPerPeriodAndKey() {
        Reply r = get("/api/series?by=quad&interval=month");
        assertThat(r.status()).isEqualTo(200);
        long total = 0;
        for (JsonNode p : r.body().get("points")) {
            total += p.get("events").asLong();
            assertThat(p.get("period").asText()).matches("2021-0[345]-01");
        }
        assertThat(total).isEqualTo(24);
        assertThat(get("/api/series?by=root&interval=week&root=19").body().get("points")).hasSize(5);
        assertThat(get("/api/series?by=dyad&interval=day").status()).isEqualTo(200);
    }

    @Test
    void dyadsAreRankedWithTheirBalance() {
        JsonNode dyads = get("/api/dyads?n=3").body().get("dyads");
        assertThat(dyads).hasSize(3);
        assertThat(dyads.get(0).get("source").asText() + ">" + dyads.get(0).get("target").asText()).isEqualTo("AZEGOV>ARMGOV");
        assertThat(dyads.get(0).get("events").asLong()).isEqualTo(5);
        assertThat(dyads.get(0).get("balance").asDouble()).isEqualTo(-1.0);
    }

    @Test
    void anArticleComesWithItsEventsAndEvidenceSpans() {
        Reply r = get("/api/articles/a08");
        assertThat(r.status()).isEqualTo(200);
        JsonNode a = r.body();
        assertThat(a.get("title").asText()).isEqualTo("Noticia a08");
        assertThat(a.get("source").asText()).isEqualTo("EFE");
        assertThat(a.get("events")).hasSize(2);
        String text = a.get("text").asText();
        List<String> kinds = new ArrayList<>();
        for (JsonNode s : a.get("evidence")) {
            assertThat(text.substring(s.get("begin").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
            kinds.add(s.get("kind").asText() + "=" + s.get("text").asText());
        }
        assertThat(kinds).contains("source=Azerbaiyán", "trigger=atacó", "target=Armenia", "date=Ayer", "place=Syunik",
                "trigger=visitó", "place=Bakú");
        assertThat(a.get("evidence").get(0).get("rule").asText()).startsWith("test/verbs#");
    }

    @Test
    void anUnknownArticleIsA404() {
        assertError(get("/api/articles/nope"), 404, "id");
        assertError(get("/api/nothing-here"), 404, "path");
        assertError(post("/api/events", "{}"), 404, "path");
    }

    @Test
    void codeCodesLiveWithoutStoring() {
        Reply r = post("/api/code", "{\"text\": \"Turquía atacó Irán en Teherán.\", \"published\": \"2022-01-05\", \"id\": \"live-1\"}");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.body().get("article_id").asText()).isEqualTo("live-1");
        assertThat(r.body().get("events")).hasSize(1);
        JsonNode e = r.body().get("events").get(0);
        assertThat(e.get("event").get("cameo").asText()).isEqualTo("190");
        assertThat(e.get("date").asText()).isEqualTo("2022-01-05");
        assertThat(e.get("location").get("name").asText()).isEqualTo("Teherán");
        assertThat(r.body().get("coder").get("version").asText()).isEqualTo("0.1.0-test");
        assertThat(get("/api/health").body().get("mentions").asLong()).isEqualTo(24);
        assertThat(post("/api/code", "{\"text\": \"Nada que ver.\", \"lang\": \"es\"}").body().get("events")).isEmpty();
    }

    @Test
    void codeRefusesBadBodies() {
        assertError(post("/api/code", "{\"text\": \"Armenia"), 400, "request");
        assertError(post("/api/code", "[1, 2]"), 400, "request");
        assertError(post("/api/code", ""), 400, "request");
        assertError(post("/api/code", "{}"), 400, "text");
        assertError(post("/api/code", "{\"text\": \"  \"}"), 400, "text");
        assertError(post("/api/code", "{\"text\": 3}"), 400, "text");
        assertError(post("/api/code", "{\"text\": \"x\", \"lang\": \"fr\"}"), 400, "lang");
        assertError(post("/api/code", "{\"text\": \"x\", \"published\": \"2021-02-30\"}"), 400, "published");
        assertError(post("/api/code", "{\"text\": \"x\", \"colour\": \"red\"}"), 400, "colour");
        assertError(post("/api/code", "{\"text\": \"RECHAZAR\"}"), 422, "lang");
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        String big = "{\"text\": \"" + "a".repeat(CodeApi.MAX_BODY_BYTES) + "\"}";
        assertError(post("/api/code", big), 413, "request");
    }

    @Test
    void healthVersionAndOpenApiAnswer() {
        assertThat(get("/api/health").body().get("status").asText()).isEqualTo("ok");
        JsonNode v = get("/api/version").body();
        assertThat(v.get("schema").asInt()).isEqualTo(1);
        assertThat(v.get("version").asText()).isEqualTo("0.1.0-test");
        assertThat(v.get("dictionaries").asText()).isEqualTo("sha256:fake-dictionaries-1");
        Reply spec = get("/openapi.json");
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body().get("paths").fieldNames()).toIterable()
                .contains("/api/events", "/api/series", "/api/dyads", "/api/articles/{id}", "/api/code", "/api/health", "/api/version");
    }

    @Test
    void theDashboardAndItsLibrariesAreServedFromTheJar() {
        assertThat(get("/").raw()).contains("<title>Atalaya").doesNotContain("https://");
        assertThat(get("/webjars/d3/7.9.0/dist/d3.min.js").status()).isEqualTo(200);
        assertThat(get("/vendor/countries-110m.json").status()).isEqualTo(200);
        assertThat(get("/app.js").status()).isEqualTo(200);
    }
}
