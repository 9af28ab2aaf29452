package org.vaxline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen's browser on the citizen site, as the browser tests drive it: it waits for what a
 * person would wait for, checks every page it is asked to with axe-core (the npm package the Maven
 * build installed, injected into the page), writes screenshots at a phone's and a desktop's width,
 * and keeps every request the pages made, read from Chromium's own network log.
 */
public final class SiteBrowser implements AutoCloseable {

  /** A phone's width, and a desktop's. */
  public static final List<Integer> WIDTHS = List.of(360, 1280);

  private static final Path AXE = Path.of("src/main/frontend/node_modules/axe-core/axe.min.js");
  private static final Duration PATIENCE = Duration.ofSeconds(45);

  private final ChromeDriver driver;
  private final URI base;
  private final Path screenshots;
  private final List<String> requests = new ArrayList<>();
  private final List<String> recentRequests = new ArrayList<>();
  private final Map<String, Long> transferred = new LinkedHashMap<>();
  private final Map<String, String> requestUrls = new LinkedHashMap<>();
  private final List<String> accessibilityFailures = new ArrayList<>();
  private int shot;
  private int failures;

  public SiteBrowser(URI base, Path screenshots) throws IOException, InterruptedException {
    var logging = new LoggingPreferences();
    logging.enable(LogType.PERFORMANCE, Level.ALL);
    logging.enable(LogType.BROWSER, Level.ALL);
    var options = new ChromeOptions();
    options.setCapability("goog:loggingPrefs", logging);
    this.driver = Browser.open(options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.manage().window().setSize(new Dimension(WIDTHS.get(0), 900));
    this.base = base;
    this.screenshots = screenshots;
    Files.createDirectories(screenshots);
  }

  public ChromeDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(base.resolve(path).toString());
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public WebElement await(String css) {
    return until(
        d ->
            d.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
  }

  /** Waits for the condition; when it never holds, the page as it was is kept as failed-N.png. */
  public <T> T until(Function<WebDriver, T> condition) {
    try {
      // A list the page redraws (seats refreshed, a booking cancelled) leaves stale elements
      // behind.
      return new WebDriverWait(driver, PATIENCE)
          .ignoring(StaleElementReferenceException.class)
          .until(condition);
    } catch (TimeoutException e) {
      screenshot("failed-" + (++failures) + ".png");
      throw new AssertionError(
          "waited in vain at "
              + driver.getCurrentUrl()
              + " (screenshot failed-"
              + failures
              + ".png); the page says: "
              + driver.findElement(By.tagName("body")).getText()
              + "; its console: "
              + driver.manage().logs().get(LogType.BROWSER).getAll(),
          e);
    }
  }

  public void click(String css) {
    until(
        d -> {
          var found =
              d.findElements(By.cssSelector(css)).stream()
                  .filter(e -> e.isDisplayed() && e.isEnabled())
                  .findFirst();
          found.ifPresent(WebElement::click);
          return found.isPresent();
        });
  }

  public void type(String css, String text) {
    var field = await(css);
    field.clear();
    field.sendKeys(text);
  }

  public void choose(String css, String value) {
    new Select(await(css)).selectByValue(value);
  }

  public String text(String css) {
    return await(css).getText();
  }

  /**
   * One step of a journey, as a person sees it: at each width, axe-core's verdict (serious and
   * critical violations are collected, see {@link #assertAccessible()}) and a screenshot of the
   * whole page, named {@code NN-name-WIDTH.png}.
   */
  public void step(String name) {
    shot++;
    for (var width : WIDTHS) {
      driver.manage().window().setSize(new Dimension(width, 900));
      checkAccessibility(name + " at " + width + " px");
      screenshot(String.format("%02d-%s-%d.png", shot, name, width));
    }
    driver.manage().window().setSize(new Dimension(WIDTHS.get(0), 900));
  }

  private void checkAccessibility(String where) {
    try {
      driver.executeScript(Files.readString(AXE));
    } catch (IOException e) {
      throw new UncheckedIOException("axe-core is installed by the Maven build (npm ci)", e);
    }
    var found =
        (String)
            driver.executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: "tag",
                    values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })
                  .then((result) => done(JSON.stringify(result.violations
                    .filter((v) => v.impact === "serious" || v.impact === "critical")
                    .map((v) => v.impact + " " + v.id + ": " + v.help + " at "
                      + v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")))))
                  .catch((e) => done(JSON.stringify(["axe failed: " + e])));
                """);
    for (var violation : Json.createReader(new StringReader(found)).readArray()) {
      accessibilityFailures.add(where + " (" + driver.getCurrentUrl() + "): " + violation);
    }
  }

  private void screenshot(String file) {
    var metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    var size = (Map<String, Object>) metrics.get("cssContentSize");
    var width = ((Number) size.get("width")).doubleValue();
    var height = ((Number) size.get("height")).doubleValue();
    var image =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    try {
      Files.write(
          screenshots.resolve(file), Base64.getDecoder().decode((String) image.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** No serious or critical axe-core violation on any step so far. */
  public void assertAccessible() {
    assertEquals(List.of(), accessibilityFailures, "axe-core: serious or critical violations");
  }

  /** Every request the pages made so far (from Chromium's network log), by URL. */
  public List<String> requests() {
    drainNetworkLog();
    return List.copyOf(requests);
  }

  /** The requests made since {@link #forgetRequests()}. */
  public List<String> recentRequests() {
    drainNetworkLog();
    return List.copyOf(recentRequests);
  }

  /** Bytes transferred (compressed, headers included) by requests whose URL passes the filter. */
  public long bytesTransferred(Function<String, Boolean> which) {
    drainNetworkLog();
    return transferred.entrySet().stream()
        .filter(e -> which.apply(requestUrls.getOrDefault(e.getKey(), "")))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** Starts a measurement now: recent requests and bytes are counted from here. */
  public void forgetRequests() {
    drainNetworkLog();
    recentRequests.clear();
    transferred.clear();
    requestUrls.clear();
  }

  private void drainNetworkLog() {
    for (var entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      var message =
          Json.createReader(new StringReader(entry.getMessage()))
              .readObject()
              .getJsonObject("message");
      var method = message.getString("method", "");
      JsonObject params = message.getJsonObject("params");
      switch (method) {
        case "Network.requestWillBeSent" -> {
          var url = params.getJsonObject("request").getString("url");
          requests.add(url);
          recentRequests.add(url);
          requestUrls.put(params.getString("requestId"), url);
        }
        case "Network.loadingFinished" ->
            transferred.merge(
                params.getString("requestId"),
                params.getJsonNumber("encodedDataLength").longValue(),
                Long::sum);
        default -> {}
      }
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
