package io.opsflow;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Logger LOG = LoggerFactory.getLogger(Browser.class);

  private final WebDriver driver;
  private final Path profile;
  private final String base;

  private Browser(String base) throws IOException {
    this.base = base;
    this.profile = Files.createTempDirectory("opsflow-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1440,900", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, options);
  }

  /** A browser on the application at the port; skips the calling test where Chromium is missing. */
  public static Browser open(int port) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      String reason = "browser test skipped: Debian chromium and chromium-driver are not installed "
          + "(apt-get install chromium chromium-driver; .ci/run does)";
      LOG.warn(reason);
      System.err.println(reason);
    }
    assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
    try {
      return new Browser("http://localhost:" + port);
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
    // the login page may still render while we type (both texts then land in the user field):
    // typed again until each field holds its own text
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement name = driver.findElement(By.cssSelector("form input[type=text]"));
      WebElement secret = driver.findElement(By.cssSelector("form input[type=password]"));
      name.clear();
      name.sendKeys(user);
      secret.clear();
      secret.sendKeys(password);
      if (user.equals(name.getAttribute("value")) && password.equals(secret.getAttribute("value"))) {
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

  @Override
  public void close() {
    driver.quit();
    org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
  }
}
