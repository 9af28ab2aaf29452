package org.vaxline.pass.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.vaxline.pass.verifier.VenueVerdict;

/**
 * Check-in codes signed with a key derived from the pass secret every node shares ({@link
 * PassSecret}), checked against this node's in-memory revocation list.
 */
@ApplicationScoped
public class CheckIns {

  @Inject Clock clock;
  @Inject RevocationCatalog revocations;
  @Inject PassSecret secret;

  private volatile CheckInCodes codes;

  public CheckInCode issue(String revocationEntry, VenueVerdict pass) {
    return codes().issue(revocationEntry, pass);
  }

  public CheckInVerdict check(String code) {
    return codes().check(code, revocations.list());
  }

  private CheckInCodes codes() {
    if (codes == null) {
      codes = new CheckInCodes(secret.keyFor("check-in"), clock);
    }
    return codes;
  }
}
