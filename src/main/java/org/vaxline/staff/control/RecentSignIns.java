package org.vaxline.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Credentials that passed the PBKDF2 check in the last five minutes, kept only as a SHA-256 digest
 * bound to the stored hash. The REST API authenticates every request, and PBKDF2 at 210,000
 * iterations costs about 100 ms of CPU; this spares the repeat. A password changed on any node
 * changes the stored hash, so the old digest stops matching everywhere.
 */
@ApplicationScoped
public class RecentSignIns {

  static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

  private final Map<String, Remembered> verified = new ConcurrentHashMap<>();
  private Clock clock;

  protected RecentSignIns() {}

  @Inject
  public RecentSignIns(Clock clock) {
    this.clock = clock;
  }

  public boolean remembers(String username, String storedHash, String password) {
    var remembered = verified.get(username);
    return remembered != null
        && clock.instant().isBefore(remembered.until())
        && MessageDigest.isEqual(remembered.digest(), digest(storedHash, password));
  }

  public void remember(String username, String storedHash, String password) {
    verified.put(
        username,
        new Remembered(digest(storedHash, password), clock.instant().plus(REMEMBERED_FOR)));
  }

  public void forget(String username) {
    verified.remove(username);
  }

  private static byte[] digest(String storedHash, String password) {
    try {
      var sha = MessageDigest.getInstance("SHA-256");
      sha.update(storedHash.getBytes(StandardCharsets.UTF_8));
      return sha.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Remembered(byte[] digest, Instant until) {}
}
