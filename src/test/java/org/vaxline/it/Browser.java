package org.vaxline.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian, as a citizen's browser. Installs {@code chromium} and {@code
 * chromium-driver} when they are missing; its flags keep it from calling Google's servers, which
 * this closed network refuses.
 */
public final class Browser {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /** Korean text in screenshots needs a CJK font; Debian's chromium brings none. */
  private static final Path KOREAN_FONT =
      Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

  private Browser() {}

  public static ChromeDriver open() throws IOException, InterruptedException {
    return open(new ChromeOptions());
  }

  /** A browser with these options too (a language, logging), and the flags every test needs. */
  public static ChromeDriver open(ChromeOptions options) throws IOException, InterruptedException {
    if (!Files.isExecutable(CHROMIUM)
        || !Files.isExecutable(DRIVER)
        || !Files.exists(KOREAN_FONT)) {
      install();
    }
    options
        .setBinary(CHROMIUM.toString())
        .addArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--lang=ko-KR");
    var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    var driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
    return driver;
  }

  private static void install() throws IOException, InterruptedException {
    var apt =
        new ProcessBuilder(
                "bash",
                "-c",
                "apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q"
                    + " chromium chromium-driver fonts-noto-cjk")
            .inheritIO()
            .start();
    if (apt.waitFor() != 0 || !Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      throw new IllegalStateException("chromium and chromium-driver could not be installed");
    }
  }
}
