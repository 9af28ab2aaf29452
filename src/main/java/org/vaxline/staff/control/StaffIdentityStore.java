package org.vaxline.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.vaxline.staff.entity.StaffAccount;

/**
 * Checks staff credentials against {@code staff_account}. The REST API authenticates every request
 * (HTTP Basic over TLS), and a PBKDF2 check costs about 100 ms of CPU, so a successful check is
 * remembered for a few minutes as a SHA-256 digest of the credentials; a password change forgets it
 * at once.
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = "Vaxline")
public class StaffIdentityStore implements IdentityStore {

  static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

  @PersistenceContext EntityManager em;
  @Inject StaffPasswords passwords;
  @Inject Clock clock;

  private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    var username = credential.getCaller();
    var account = username == null ? null : em.find(StaffAccount.class, username);
    if (account == null || !account.enabled()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    var digest = digest(account, credential.getPasswordAsString());
    var remembered = verified.get(username);
    var now = clock.instant();
    boolean valid =
        remembered != null && remembered.matches(digest, now)
            || passwords.matches(credential.getPassword().getValue(), account.passwordHash());
    if (!valid) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    verified.put(username, new Remembered(digest, now.plus(REMEMBERED_FOR)));
    return new CredentialValidationResult(username, Set.of(account.role().name()));
  }

  /** Called when a password changes, so the old one stops working on this node at once. */
  public void forget(String username) {
    verified.remove(username);
  }

  /** Bound to the stored hash too, so a password changed on another node invalidates it here. */
  private static byte[] digest(StaffAccount account, String password) {
    try {
      var sha = MessageDigest.getInstance("SHA-256");
      sha.update(account.passwordHash().getBytes(StandardCharsets.UTF_8));
      return sha.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Remembered(byte[] digest, Instant until) {
    boolean matches(byte[] candidate, Instant now) {
      return now.isBefore(until) && MessageDigest.isEqual(digest, candidate);
    }
  }
}
