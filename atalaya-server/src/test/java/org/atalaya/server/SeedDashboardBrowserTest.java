package org.atalaya.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.atalaya.pipeline.AtalayaPipeline;
import org.atalaya.store.EventStore;
import org.atalaya.store.IngestOptions;
import org.atalaya.store.Ingestor;
import org.atalaya.store.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard on a store coded by the real pipeline from the seed article and the team's example
 * (examples/): the map places the seed's events, the timeline has them, and the seed's article view
 * highlights its evidence. Leaves docs/seed-article.png. Skipped, saying why, without Chromium.
 */
class SeedDashboardBrowserTest {
    private static final String SEED = "000_d53284755918ea0b";

    @TempDir
    static Path dir;
    private static EventStore store;
    private static AtalayaServer server;
    private static HeadlessChromium chromium;
    private static Browser browser;

    @BeforeAll
    static void start() {
        chromium = HeadlessChromium.startOrSkip();
        browser = chromium.browser();
        Path shared = Path.of(System.getProperty("atalaya.shared", "../../shared"));
        AtalayaPipeline coder = AtalayaPipeline.standard();
        store = EventStore.open(dir.resolve("seed.duckdb"));
        new Ingestor(store, coder, IngestOptions.defaults().withThreads(1)).ingest(
                List.of(shared.resolve("seed/" + SEED + ".txt").toString(), Path.of("../examples").toString()),
                ProgressListener.NONE);
        server = new AtalayaServer(store.reader(), coder).start(0);
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    private static Page open(String fragment) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
        page.navigate("http://127.0.0.1:" + server.port() + "/" + fragment);
        page.waitForSelector("body[data-ready=true]");
        return page;
    }

    @Test
    void theSeedsEventsAreOnTheMapAndTheTimeline() {
        Page page = open("");
        assertThat(page.locator("#map circle.point").count()).as("located events of the seed and the example").isGreaterThan(2);
        assertThat(page.locator("#timeline rect.bar").count()).isGreaterThan(0);
        assertThat(page.locator("#dyads tbody").textContent()).contains("ARMGOV").contains("RUSGOV");
        page.close();
    }

    @Test
    void theSeedsArticleHighlightsItsEvidence() {
        Page page = open("#article=" + SEED);
        page.waitForSelector("#article[data-loaded=\"" + SEED + "\"]");
        assertThat(page.locator("#article-events tbody tr").count()).isEqualTo(8);
        assertThat(page.locator("#article-text mark.hl-trigger").allTextContents())
                .contains("tomaron posiciones", "solicitando asistencia militar");
        // A place inside an actor's words ("el pastor de Verishen") is marked as part of that actor.
        assertThat(String.join(" | ", page.locator("#article-text mark").allTextContents())).contains("Syunik", "Verishen");
        assertThat(page.locator("#article-events").textContent()).contains("Syunik", "Verishen");
        assertThat(page.locator("#article-events .rule").allTextContents()).anyMatch(r -> r.contains("patterns/es/verbs.tsv"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of(System.getProperty("atalaya.docs", "target")).resolve("seed-article.png")).setFullPage(true));
        page.close();
    }
}
