package org.vaxline.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a step of the booking path may take (issue 14), from MicroProfile Config;
 * manuals/operations.md explains the figures. A step that cannot finish within them is answered 503
 * {@code booking-overloaded} with Retry-After and leaves nothing behind: on the night everyone
 * arrives a fast "try again" beats a wait nobody can see the end of.
 */
@ApplicationScoped
public class BookingBounds {

  @Inject
  @ConfigProperty(name = "vaxline.booking.confirm-wait-ms", defaultValue = "2000")
  long confirmWaitMs;

  @Inject
  @ConfigProperty(name = "vaxline.booking.lock-timeout-ms", defaultValue = "1000")
  long lockTimeoutMs;

  @Inject
  @ConfigProperty(name = "vaxline.booking.statement-timeout-ms", defaultValue = "2000")
  long statementTimeoutMs;

  @Inject
  @ConfigProperty(name = "vaxline.booking.batch-max", defaultValue = "100")
  int batchMax;

  /** How long a confirmation waits to be taken into a batch of its slot's confirmations. */
  public Duration confirmWait() {
    return Duration.ofMillis(confirmWaitMs);
  }

  /**
   * How long a confirmation taken into a batch waits for that batch: past the few statements a
   * batch makes, each held to the statement timeout, its outcome is unknown to this request (the
   * client's retry learns it from the booking rows).
   */
  public Duration batchRunning() {
    return Duration.ofMillis(4 * statementTimeoutMs + 1000);
  }

  /** The most confirmations committed together. */
  public int batchMax() {
    return batchMax;
  }

  /**
   * Bounds the caller's transaction: a lock waited for at most the lock timeout, a statement run
   * for at most the statement timeout; both end with the transaction ({@code set_config(…, true)}
   * is {@code SET LOCAL}), so the pool's connections keep the server's defaults for everything else
   * (migrations and slot opening run long on purpose). One round trip for both.
   */
  void limit(EntityManager em) {
    em.createNativeQuery(
            "select set_config('lock_timeout', ?, true), set_config('statement_timeout', ?, true)")
        .setParameter(1, lockTimeoutMs + "ms")
        .setParameter(2, statementTimeoutMs + "ms")
        .getSingleResult();
  }
}
