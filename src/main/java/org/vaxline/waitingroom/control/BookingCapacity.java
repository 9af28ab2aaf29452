package org.vaxline.waitingroom.control;

import com.netflix.concurrency.limits.Limiter.Listener;
import com.netflix.concurrency.limits.limit.Gradient2Limit;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * How many booking-side requests this node serves at once (ARCHITECTURE.md principle 3): an
 * adaptive limit (Netflix concurrency-limits, Gradient2) that grows while latency holds and shrinks
 * when it rises or requests fail. A request over the limit is refused at once, never queued in a
 * thread; the admitter lets people in only as fast as the limit leaves room.
 */
@ApplicationScoped
public class BookingCapacity {

  static final int INITIAL_LIMIT = 20;
  static final int MIN_LIMIT = 4;

  /** Payara's HTTP pool has 64 threads; the booking side may never take them all. */
  static final int MAX_LIMIT = 48;

  @Inject MetricRegistry metrics;

  private final SimpleLimiter<Void> limiter;

  public BookingCapacity() {
    this(INITIAL_LIMIT);
  }

  /** For tests: a limit that starts elsewhere. */
  BookingCapacity(int initialLimit) {
    limiter =
        SimpleLimiter.newBuilder()
            .limit(
                Gradient2Limit.newBuilder()
                    .initialLimit(initialLimit)
                    .minLimit(Math.min(MIN_LIMIT, initialLimit))
                    .maxConcurrency(MAX_LIMIT)
                    .build())
            .build();
  }

  @PostConstruct
  void expose() {
    metrics.gauge("vaxline_booking_limit", this, BookingCapacity::limit);
    metrics.gauge("vaxline_booking_inflight", this, BookingCapacity::inflight);
  }

  /** A place on the booking path, to be released with the outcome; empty when over the limit. */
  public Optional<Listener> enter() {
    return limiter.acquire(null);
  }

  public int limit() {
    return limiter.getLimit();
  }

  public int inflight() {
    return limiter.getInflight();
  }

  /** The share of its admissions a node may make now: the room the limit leaves, 0 to 1. */
  public double headroom() {
    var limit = limit();
    return limit <= 0 ? 0 : Math.max(0, limit - inflight()) / (double) limit;
  }
}
