package org.vaxline.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.vaxline.staff.entity.StaffAccount;

/**
 * Checks staff credentials against {@code staff_account}, with the account's role as its group; the
 * credentials come from {@code StaffAuthentication}.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  @PersistenceContext EntityManager em;
  @Inject StaffPasswords passwords;
  @Inject RecentSignIns recent;
  @Inject SignInThrottle throttle;

  /**
   * In a transaction, although it only reads: Payara closes a request's non-transactional
   * EntityManagers when the same thread next uses the shared cache, which an operator's request
   * then does (architecture.md).
   */
  @Transactional
  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    var username = credential.getCaller();
    var account =
        StaffAccount.isPossibleUsername(username) ? em.find(StaffAccount.class, username) : null;
    if (account == null || !account.enabled() || !throttle.mayTry(username)) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    var password = credential.getPasswordAsString();
    var remembered = recent.remembers(username, account.passwordHash(), password);
    if (!remembered && !passwords.matches(password.toCharArray(), account.passwordHash())) {
      throttle.failed(username);
      return CredentialValidationResult.INVALID_RESULT;
    }
    throttle.succeeded(username);
    if (!remembered) {
      recent.remember(username, account.passwordHash(), password);
    }
    return new CredentialValidationResult(username, Set.of(account.role().name()));
  }
}
