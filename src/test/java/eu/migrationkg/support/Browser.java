package eu.migrationkg.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through chromium-driver: a real browser for the pages' scripts.
 * Each browser gets a fresh profile; background networking is off, since this machine's closed network
 * refuses Chromium's own connections. Screenshots go to {@code target/screenshots/}, downloads to a
 * folder of the browser's own.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private static final Path CHROMIUM = Path.of(System.getProperty("kg.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("kg.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("kg.screenshots", "target/screenshots"));

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private Browser(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** A headless Chromium of the given window size; fails with what to install when it is missing. */
    public static Browser start(Dimension size) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("The browser tests need Chromium and its driver at " + CHROMIUM + " and "
                    + DRIVER + ": apt-get install -y chromium chromium-driver");
        }
        Path profile = Files.createTempDirectory("kg-chromium-");
        Path downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-GB",
                "--user-data-dir=" + profile.resolve("profile"),
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        if (size.getWidth() < 500) {
            // Desktop windows are at least 500 pixels wide; a phone's screen is emulated instead.
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of(
                    "width", size.getWidth(), "height", size.getHeight(), "pixelRatio", 1.0, "touch", true, "mobile", true)));
        }
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        service.sendOutputTo(OutputStream.nullOutputStream());
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile, downloads);
    }

    public WebDriver driver() { return driver; }

    public Path downloads() { return downloads; }

    /** Opens the page and waits until it has loaded and its deferred scripts have run. */
    public void open(String url) {
        driver.get(url);
        waitUntil(d -> "complete".equals(js("return document.readyState")));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * What the page shows once it has handled a click or a choice: the driver may hand back control
     * before the page's change handler has run, so the value is read until it settles on what the test
     * expects, for at most five seconds; the last value read is returned for the test to assert on.
     */
    public <T> T afterInput(Supplier<T> read, Predicate<T> settled) {
        java.util.concurrent.atomic.AtomicReference<T> last = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                    .pollInterval(java.time.Duration.ofMillis(50))
                    .until(() -> { T v = read.get(); last.set(v); return v; }, settled::test);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return last.get();
        }
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    /** What the page's scripts logged at SEVERE (uncaught errors, failed loads) since the last call. */
    public List<String> errors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString)
                .toList();
    }

    /**
     * Saves the whole page as target/screenshots/NAME.png, captured beyond the window (so the layout,
     * sized to the window, is the one a reader sees).
     */
    public Path screenshot(String name) throws IOException {
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>) js("return [document.documentElement.scrollWidth, "
                + "Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)]");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get(0), "height", Math.min(16000, size.get(1).intValue()),
                "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
