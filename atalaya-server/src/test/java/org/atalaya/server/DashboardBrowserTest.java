package org.atalaya.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.atalaya.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in headless Chromium (Debian's, never a downloaded one): map, timeline, dyads, the
 * click path bar/point → events → article, and the evidence highlighted in the article. Leaves
 * screenshots in docs/. Skipped, saying why, where no Chromium can be started.
 */
class DashboardBrowserTest {

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
        store = TestStore.create(dir, TestStore.articles());
        server = new AtalayaServer(store.reader(), new FakeCoder()).start(0);
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
        List<String> failed = new ArrayList<>();
        // every request must stay on this server: the dashboard ships its libraries and map
        page.onRequest(r -> {
            if (!r.url().startsWith("http://127.0.0.1:" + server.port() + "/")) {
                failed.add(r.url());
            }
        });
        page.onPageError(failed::add);
        page.navigate("http://127.0.0.1:" + server.port() + "/" + fragment);
        page.waitForSelector("body[data-ready=true]");
        assertThat(failed).as("off-server requests or script errors").isEmpty();
        return page;
    }

    private static Path docs(String name) {
        Path docs = Path.of(System.getProperty("atalaya.docs", "target"));
        return docs.resolve(name);
    }

    @Test
    void theDashboardDrawsTheMapTimelineAndDyads() {
        Page page = open("");
        assertThat(page.locator("#map path.country").count()).as("Natural Earth countries").isGreaterThan(150);
        assertThat(page.locator("#map circle.point").count()).as("located places").isEqualTo(6);
        assertThat(page.locator("#timeline rect.bar").count()).as("bars").isGreaterThanOrEqualTo(3);
        assertThat(page.locator("#dyads tbody tr").first().textContent()).contains("AZEGOV").contains("ARMGOV");
        assertThat(page.locator("#status").textContent()).isEmpty();

        page.locator("#map circle.point").first().dispatchEvent("click");
        page.waitForSelector("#events tbody tr");
        assertThat(page.locator("#events tbody tr").count()).isGreaterThan(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(docs("dashboard.png")).setFullPage(true));

        page.locator("#timeline rect.bar.quad-4").first().dispatchEvent("click");
        page.waitForFunction("() => document.querySelector('#events-note').textContent.includes('material conflict')");
        assertThat(page.locator("#events tbody tr").first().textContent()).contains("190");
        page.close();
    }

    @Test
    void clickingAnEventOpensItsArticleWithTheEvidenceHighlighted() {
        Page page = open("");
        page.locator("#timeline rect.bar.quad-4").last().dispatchEvent("click");
        page.waitForFunction("() => document.querySelector('#events-note').textContent.includes('material conflict')");
        page.locator("#events tbody tr").last().click();
        page.waitForSelector("#article[data-loaded]");
        assertThat(page.locator("#dashboard").isHidden()).isTrue();
        assertThat(page.locator("#article-text mark.hl-trigger").allTextContents()).contains("atacó");
        assertThat(page.locator("#article-text mark.hl-source").allTextContents()).contains("Azerbaiyán");
        assertThat(page.locator("#article-text mark.hl-target").allTextContents()).contains("Armenia");
        assertThat(page.locator("#article-text mark.hl-place").allTextContents()).contains("Syunik");
        assertThat(page.locator("#article-text mark.focus").count()).as("the chosen event stands out").isGreaterThan(0);
        assertThat(page.locator("#article-events .rule").allTextContents()).contains("test/verbs#atacó");
        page.close();
    }

    @Test
    void anArticleShowsDatePlaceAndRuleForEachEvent() {
        Page page = open("#article=a08");
        page.waitForSelector("#article[data-loaded=a08]");
        assertThat(page.locator("#article-title").textContent()).isEqualTo("Noticia a08");
        assertThat(page.locator("#article-meta").textContent()).contains("EFE").contains("2021-05-03");
        assertThat(page.locator("#article-text mark.hl-date").allTextContents()).containsExactly("Ayer");
        assertThat(page.locator("#article-text mark.hl-place").allTextContents()).containsExactly("Bakú", "Syunik");
        assertThat(page.locator("#article-text .hl-sentence").count()).isGreaterThan(0);
        assertThat(page.locator("#article-events tbody tr").count()).isEqualTo(2);
        page.screenshot(new Page.ScreenshotOptions().setPath(docs("article.png")).setFullPage(true));
        page.close();
    }
}
