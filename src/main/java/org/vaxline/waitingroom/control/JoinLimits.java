package org.vaxline.waitingroom.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many tickets one address may take per minute on this node, on top of the proof of work. The
 * default is generous because Korean mobile carriers put thousands of phones behind one address
 * (carrier-grade NAT): the limit is there to blunt a single scripted host, the puzzle to make scale
 * expensive. Counting is per calendar minute, and the counts are dropped when the minute turns, so
 * the memory held is the number of addresses seen in one minute, never the queue's length.
 */
@ApplicationScoped
public class JoinLimits {

  private Clock clock;
  private int perMinute;
  private volatile Window window;

  protected JoinLimits() {}

  @Inject
  public JoinLimits(
      Clock clock,
      @ConfigProperty(name = "vaxline.queue.joins-per-address-per-minute", defaultValue = "600")
          int perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("joins per address per minute must be at least 1");
    }
    this.clock = clock;
    this.perMinute = perMinute;
  }

  /** Counts one join from the address, or refuses it until the next minute begins. */
  public void count(String address) {
    var now = clock.instant();
    var minute = now.truncatedTo(ChronoUnit.MINUTES).toEpochMilli();
    var current = window;
    if (current == null || current.minute() != minute) {
      current = new Window(minute, new ConcurrentHashMap<>());
      window = current;
    }
    var joins = current.joins().computeIfAbsent(address, a -> new AtomicInteger());
    if (joins.incrementAndGet() > perMinute) {
      throw new JoinLimited(Duration.ofMillis(minute + 60_000 - now.toEpochMilli()));
    }
  }

  private record Window(long minute, ConcurrentHashMap<String, AtomicInteger> joins) {}
}
