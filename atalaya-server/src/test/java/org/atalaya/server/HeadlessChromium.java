package org.atalaya.server;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright (never a downloaded browser), for the dashboard tests. A
 * test class that cannot start it is skipped, saying why.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final Path CHROMIUM = Path.of(System.getProperty("atalaya.chromium", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static HeadlessChromium startOrSkip() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "no Chromium at " + CHROMIUM + " (apt-get install -y chromium, or -Datalaya.chromium=PATH): browser test skipped");
        Playwright playwright = null;
        try {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                    .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                            "--disable-background-networking", "--disable-dev-shm-usage")));
            return new HeadlessChromium(playwright, browser);
        } catch (PlaywrightException e) {
            if (playwright != null) {
                playwright.close();
            }
            Assumptions.abort("Chromium at " + CHROMIUM + " could not be started by Playwright: "
                    + e.getMessage().lines().findFirst().orElse("") + " — browser test skipped");
            throw e;
        }
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
