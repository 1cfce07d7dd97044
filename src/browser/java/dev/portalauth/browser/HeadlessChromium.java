package dev.portalauth.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the tests of a class: one browser per class (starting one takes seconds),
 * with no cookie, cache or page of one test left for the next. Driven by the system's chromedriver: both binaries come from Debian's packages
 * ({@code chromium}, {@code chromium-driver}), named by the {@code browser.chromium} and
 * {@code browser.chromedriver} properties, so Selenium Manager never looks for or downloads one.
 * When a test fails, the page it ended on is kept as {@code <Class>.<method>.png} and
 * {@code .html} in {@code browser.failures} (target/browser-failures).
 *
 * <p>{@code @RegisterExtension final HeadlessChromium chromium = new HeadlessChromium();}
 */
public final class HeadlessChromium implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(HeadlessChromium.class);

    private static final String INSTALL_HINT = "; install Debian's chromium and chromium-driver"
            + " (apt-get install -y chromium chromium-driver) or set -Dbrowser.chromium / -Dbrowser.chromedriver";

    private ChromeDriver driver;

    /** The browser of the running test. */
    public ChromeDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("no browser outside a test");
        }
        return driver;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // Kept in the class's store, which closes it after the class's last test.
        driver = context.getParent().orElseThrow().getStore(STORE)
                .getOrComputeIfAbsent(ClassBrowser.class, k -> new ClassBrowser(start()), ClassBrowser.class).driver;
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    private static ChromeDriver start() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(executable("browser.chromedriver", "/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(executable("browser.chromium", "/usr/bin/chromium").toFile())
                // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1280,1024", "--no-first-run", "--disable-extensions",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--password-store=basic", "--lang=en-GB");
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return chrome;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            keepThePage(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.get("about:blank");
            driver = null;
        }
    }

    /** Quits the browser when JUnit closes the class's store. */
    private record ClassBrowser(ChromeDriver driver) implements AutoCloseable {
        @Override
        public void close() {
            driver.quit();
        }
    }

    private void keepThePage(String name) {
        Path dir = Path.of(System.getProperty("browser.failures", "target/browser-failures"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), "<!-- " + driver.getCurrentUrl() + "\n cookies: "
                    + driver.manage().getCookies().stream().map(c -> c.getName()).sorted().toList() + " -->\n"
                    + driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // The browser itself may be what failed: the test's own failure is the one to report.
            System.err.println("no screenshot of " + name + ": " + e);
        }
    }

    private static Path executable(String property, String fallback) {
        Path path = Path.of(System.getProperty(property, fallback));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is missing (" + property + ")" + INSTALL_HINT);
        }
        return path;
    }
}
