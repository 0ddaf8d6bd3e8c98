package jp.medsec.lms.web.ui;

import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * What every browser test shares: headless Debian Chromium driven by Debian's chromedriver (no Selenium
 * Manager, no downloads), waits, screenshots under target/screenshots, and logging in through the login page.
 * Missing browser: the test is skipped, unless {@code lms.browser.required=true} (CI), where it fails.
 */
@ExtendWith(BrowserTest.EvidenceOnFailure.class)
abstract class BrowserTest {

    /** On a failed test, keeps what the browser showed (screenshot, page HTML, console) before it is closed. */
    static class EvidenceOnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) throws Exception {
            if (context.getExecutionException().isEmpty() || !(context.getRequiredTestInstance() instanceof BrowserTest test)
                    || test.driver == null) {
                return;
            }
            String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            test.screenshot(name);
            Path dir = Path.of(System.getProperty("lms.screenshots.dir", "target/screenshots"));
            Files.writeString(dir.resolve(name + ".html"), test.driver.getPageSource());
            StringBuilder console = new StringBuilder();
            test.driver.manage().logs().get(LogType.BROWSER).forEach(e -> console.append(e).append('\n'));
            Files.writeString(dir.resolve(name + ".console.txt"), console);
        }
    }

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    protected ChromeDriver driver;

    @AfterEach
    void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected void startBrowser(int width, int height) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && Boolean.getBoolean("lms.browser.required")) {
            throw new AssertionError("Browser tests are required but /usr/bin/chromium or /usr/bin/chromedriver is missing"
                    + " (apt-get install chromium chromium-driver fonts-noto-cjk)");
        }
        Assumptions.assumeTrue(present, "Debian chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=ja-JP", "--user-data-dir=" + Files.createTempDirectory("lms-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    protected WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    protected WebElement visible(By by) {
        return waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected void open(String path) {
        driver.get(HttpSession.BASE + path);
    }

    /** Logs in through the login page with the test password; {@code path} is where to land afterwards, or null. */
    protected void logIn(String email, String path) throws IOException {
        open("/login.html" + (path == null ? "" : "?next=" + java.net.URLEncoder.encode(path, "UTF-8")));
        visible(By.id("login-email")).sendKeys(email);
        driver.findElement(By.id("login-password")).sendKeys(Organisation.PASSWORD + Keys.ENTER);
    }

    protected void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("lms.screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
