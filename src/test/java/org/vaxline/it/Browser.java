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

  private Browser() {}

  public static ChromeDriver open() throws IOException, InterruptedException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      install();
    }
    var options =
        new ChromeOptions()
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
                    + " chromium chromium-driver")
            .inheritIO()
            .start();
    if (apt.waitFor() != 0 || !Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      throw new IllegalStateException("chromium and chromium-driver could not be installed");
    }
  }
}
