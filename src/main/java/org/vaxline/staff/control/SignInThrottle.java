package org.vaxline.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * After five wrong passwords in a row for one account, further attempts are refused without a
 * PBKDF2 check until a minute has passed since the last failure: guessing becomes slow, and nobody
 * can burn the node's CPU with wrong passwords. A pause rather than a lock-out, so an attacker
 * cannot lock an operator out during a campaign (OWASP Authentication Cheat Sheet).
 */
@ApplicationScoped
public class SignInThrottle {

  static final int FREE_ATTEMPTS = 5;
  static final Duration PAUSE = Duration.ofMinutes(1);

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private Clock clock;

  protected SignInThrottle() {}

  @Inject
  public SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  public boolean mayTry(String username) {
    var recent = failures.get(username);
    return recent == null
        || recent.count() < FREE_ATTEMPTS
        || !clock.instant().isBefore(recent.last().plus(PAUSE));
  }

  public void failed(String username) {
    var now = clock.instant();
    failures.merge(
        username, new Failures(1, now), (old, added) -> new Failures(old.count() + 1, now));
  }

  public void succeeded(String username) {
    failures.remove(username);
  }

  private record Failures(int count, Instant last) {}
}
