package org.vaxline.launcher;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.vaxline.it.SiteBrowser;

/**
 * Issue 16: what one browser waiting at the back of a long line costs the server. After the heap
 * check has filled the join campaign's (paused) line with {@code bench.heapTickets} tickets, a
 * headless Chromium opens the waiting-room page, joins behind them all, and its requests are
 * counted from Chromium's own network log for {@code bench.waitingBrowser} seconds (180 by
 * default): the polls it makes are the ones the server's Retry-After asks for, nothing else.
 */
final class WaitingBrowser {

  private WaitingBrowser() {}

  static void measure(PayaraNode node, String campaign, Duration window) throws Exception {
    try (var browser = new SiteBrowser(node.base(), Path.of("target/bench-browser"))) {
      browser.open("/queue.html?campaign=" + campaign);
      var place =
          browser.until(
              d -> {
                var digits = d.findElement(By.id("queue-position")).getText().replaceAll("\\D", "");
                return digits.isEmpty() ? null : Long.valueOf(digits);
              });
      var bytes = browser.bytesTransferred(url -> true);
      browser.forgetRequests();
      Thread.sleep(window.toMillis());
      var polls = browser.recentRequests().stream().filter(url -> url.endsWith("/status")).count();
      var others = browser.recentRequests().size() - polls;
      System.out.printf(
          "Waiting browser at place %,d of campaign %s's line: the queue page took %,d bytes"
              + " (compressed, with everything it loaded); then %d status requests and %d others in"
              + " %d s, %.1f requests a minute%n",
          place,
          campaign,
          bytes,
          polls,
          others,
          window.toSeconds(),
          (polls + others) * 60.0 / window.toSeconds());
    }
  }
}
