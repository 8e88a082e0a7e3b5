package io.opsflow;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debian's headless Chromium, driven by its chromedriver: nothing is downloaded. Where the
 * browser is not installed, the test that asks for one is skipped with the reason printed.
 *
 * <p>A closed browser is kept for the next test that opens one in its language, with its cookies
 * and storage cleared, so every browser starts logged out with nothing remembered. Starting
 * Chromium took 1.1 to 2.1 s of each step of a walk on two cores; the webapps' scripts stay in
 * its cache.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Logger LOG = LoggerFactory.getLogger(Browser.class);

  /** Closed browsers by language, kept for the next test; at most {@link #KEPT} each. */
  private static final Map<String, Deque<Browser>> IDLE = new ConcurrentHashMap<>();
  private static final int KEPT = 2;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.values().forEach(kept -> kept.forEach(Browser::quit))));
  }

  private final ChromeDriver driver;
  private final Path profile;
  private final String language;
  private String base;
  private boolean idle;

  private Browser(String base, String language) throws IOException {
    this.base = base;
    this.language = language;
    this.profile = Files.createTempDirectory("opsflow-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1440,900", "--user-data-dir=" + profile, "--lang=" + language);
    // what navigator.languages and Accept-Language say, whatever the machine's locale
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, options);
  }

  /** A browser on the application at the port; skips the calling test where Chromium is missing. */
  public static Browser open(int port) {
    return open(port, "en-US");
  }

  /**
   * A browser whose person prefers the language ({@code zh-CN}, {@code en-US}): Chromium's UI
   * language, its Accept-Language header and {@code navigator.languages}.
   */
  public static Browser open(int port, String language) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      String reason = "browser test skipped: Debian chromium and chromium-driver are not installed "
          + "(apt-get install chromium chromium-driver; .ci/run does)";
      LOG.warn(reason);
      System.err.println(reason);
    }
    assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
    Browser kept = IDLE.computeIfAbsent(language, any -> new ConcurrentLinkedDeque<>()).poll();
    if (kept != null) {
      kept.base = "http://localhost:" + port;
      kept.idle = false;
      return kept;
    }
    try {
      return new Browser("http://localhost:" + port, language);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Browser go(String path) {
    driver.get(base + path);
    return this;
  }

  /** Logs into a Camunda webapp through its login page. */
  public Browser logIntoWebapp(String app, String user, String password) {
    go("/camunda/app/" + app + "/default/");
    waitFor(By.cssSelector("form input[type=password]"));
    // on a loaded machine the login form may still be settling: keys typed into the name can land
    // in the other field, so type until both hold what was typed
    for (int attempt = 1; ; attempt++) {
      WebElement name = driver.findElement(By.cssSelector("form input[type=text]"));
      WebElement secret = driver.findElement(By.cssSelector("form input[type=password]"));
      name.clear();
      name.sendKeys(user);
      secret.clear();
      secret.sendKeys(password);
      if ((user.equals(name.getDomProperty("value")) && password.equals(secret.getDomProperty("value"))) || attempt == 3) {
        break;
      }
      settle();
    }
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    return this;
  }

  public WebElement waitFor(By locator) {
    return until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * Waits up to 30 seconds; a timeout saves a screenshot and says what the page showed, so a
   * failure on a CI machine explains itself in the log.
   */
  private <T> T until(java.util.function.Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    } catch (org.openqa.selenium.TimeoutException e) {
      String shown;
      try {
        Path shot = screenshot("timeout-" + System.currentTimeMillis());
        String body = text().replaceAll("\\s+", " ");
        shown = " at " + driver.getCurrentUrl() + " (screenshot " + shot + "), the page showed: "
            + (body.length() > 1500 ? body.substring(0, 1500) + "..." : body);
      } catch (RuntimeException unreadable) {
        shown = " (the page could not be read: " + unreadable.getMessage() + ")";
      }
      throw new org.openqa.selenium.TimeoutException(e.getMessage().lines().findFirst().orElse("") + shown, e);
    }
  }

  /** Clicks the element like a person who first scrolls it into view. */
  public void click(By locator) {
    WebElement element = waitFor(locator);
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
  }

  /** Lets the page take in what was typed: form fields commit their value after a short debounce. */
  public void settle() {
    new org.openqa.selenium.interactions.Actions(driver).pause(Duration.ofMillis(600)).perform();
  }

  public void waitForText(String text) {
    until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public WebDriver driver() {
    return driver;
  }

  /** Saves what the browser shows under target/screenshots/NAME.png and returns the file. */
  public Path screenshot(String name) {
    try {
      Path target = Path.of("target", "screenshots", name + ".png");
      Files.createDirectories(target.getParent());
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      return Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Forgets who logged in and what the pages stored, and keeps the browser for the next test. */
  @Override
  public void close() {
    if (idle) {
      return; // closed twice: kept once
    }
    Deque<Browser> kept = IDLE.get(language);
    try {
      for (String other : driver.getWindowHandles().stream().skip(1).toList()) {
        driver.switchTo().window(other).close();
      }
      driver.switchTo().window(driver.getWindowHandles().iterator().next());
      driver.get("about:blank");
      driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base,
          "storageTypes", "cookies,local_storage,session_storage,indexeddb,websql,service_workers,cache_storage"));
      if (kept.size() < KEPT) {
        idle = true;
        kept.offer(this);
        return;
      }
    } catch (RuntimeException broken) {
      LOG.debug("browser not kept: {}", broken.getMessage());
    }
    quit();
  }

  private void quit() {
    try {
      driver.quit();
    } finally {
      org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
    }
  }
}
