package org.vaxline.pass.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.vaxline.pass.verifier.PassRules;
import org.vaxline.pass.verifier.VenueVerdict;

/**
 * The online pass check (ARCHITECTURE.md principle 6): the offline verifier's code with this node's
 * trust list and revocation list, both in memory. No database, no session, no state a request
 * leaves behind but the remembered signature results; any node answers alike.
 */
@ApplicationScoped
public class PassChecks {

  /** About 2 KB each: some 20 MB for the passes of a busy lunch hour's regulars. */
  static final int REMEMBERED_PASSES = 10_000;

  @Inject PassKeyring keyring;
  @Inject RevocationCatalog revocations;
  @Inject Clock clock;

  private final PassRules rules = PassRules.korea2022();
  private volatile CachedVenueCheck check;

  public VenueVerdict verify(String qrText) {
    return check().check(qrText, revocations.list(), clock.instant());
  }

  public PassRules rules() {
    return rules;
  }

  /**
   * Keys change only with a restart (manuals/operations.md), so one check serves the node's life.
   */
  private CachedVenueCheck check() {
    var current = check;
    if (current == null) {
      synchronized (this) {
        if (check == null) {
          check = new CachedVenueCheck(keyring.trustList(), rules, REMEMBERED_PASSES);
        }
        current = check;
      }
    }
    return current;
  }
}
