package org.tollgate.app.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium for the console tests: Debian's {@code chromium} driven through Debian's {@code chromedriver}
 * (never a downloaded browser), headless, with a fresh profile, against the service on 127.0.0.1. When the browser
 * is not installed the tests are skipped with a message, except under {@code CI=true}, where that is a failure.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile, String base) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** Starts Chromium; skips (or under CI fails) the calling test when it is not installed. */
    static Browser start(int port) {
        Path chromium = find("TOLLGATE_CHROMIUM", "/usr/bin/chromium");
        Path chromedriver = find("TOLLGATE_CHROMEDRIVER", "/usr/bin/chromedriver");
        if (chromium == null || chromedriver == null) {
            String msg = "Debian's chromium and chromium-driver are needed for the console's browser tests"
                    + " (apt-get install -y chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(msg + "; under CI=true they are required");
            }
            Assumptions.abort(msg + "; skipping");
        }
        try {
            Path profile = Files.createTempDirectory("tollgate-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            // root in containers and CI needs --no-sandbox; the rest keeps the browser off the network and quiet:
            // no host name resolves (only 127.0.0.1 is reachable), so Chromium's own background requests to its
            // vendor's services fail at once instead of leaving the machine
            options.addArguments(
                    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                    "--disable-features=AutofillServerCommunication,OptimizationGuideModelDownloading,"
                            + "OptimizationHintsFetching,OptimizationHints,MediaRouter,DnsOverHttps,Translate",
                    "--disable-client-side-phishing-detection",
                    "--disable-domain-reliability",
                    "--no-pings",
                    "--dns-prefetch-disable",
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-extensions",
                    "--disable-default-apps",
                    "--no-first-run",
                    "--no-default-browser-check",
                    "--disable-quic",
                    "--metrics-recording-only",
                    "--password-store=basic",
                    "--user-data-dir=" + profile,
                    "--window-size=1440,1000",
                    "--lang=en-US");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort()
                    .withLogOutput(java.io.OutputStream.nullOutputStream())
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(1440, 1000));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(service, driver, profile, "http://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path find(String variable, String fallback) {
        String env = System.getenv(variable);
        Path p = Path.of(env != null && !env.isBlank() ? env : fallback);
        return Files.isExecutable(p) ? p : null;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    void login(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(By.cssSelector("[data-testid=me]"));
    }

    void logout() {
        driver.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        waitFor(By.id("username"));
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForUrl(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
    }

    void waitUntilGone(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.numberOfElementsToBe(by, 0));
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a screenshot of the viewport as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path out = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves the whole page (the window grown to the page's height, at most {@code maxHeight}) as
     * {@code target/screenshots/<name>.png}, then restores the window.
     */
    Path fullScreenshot(String name, int maxHeight) {
        Dimension before = driver.manage().window().getSize();
        Object h = driver.executeScript("return document.documentElement.scrollHeight");
        int height = Math.min(maxHeight, ((Number) h).intValue() + (before.getHeight() - viewportHeight()));
        driver.manage().window().setSize(new Dimension(before.getWidth(), Math.max(before.getHeight(), height)));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private int viewportHeight() {
        return ((Number) driver.executeScript("return window.innerHeight")).intValue();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
