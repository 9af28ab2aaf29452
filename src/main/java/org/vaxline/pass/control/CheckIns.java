package org.vaxline.pass.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vaxline.pass.verifier.VenueVerdict;
import org.vaxline.platform.control.SecretKeys;

/**
 * Check-in codes with the key every node shares ({@code vaxline.pass.key}), checked against this
 * node's in-memory revocation list.
 */
@ApplicationScoped
public class CheckIns {

  static final String KEY = "vaxline.pass.key";

  @Inject Clock clock;
  @Inject RevocationCatalog revocations;

  @Inject
  @ConfigProperty(name = KEY)
  Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "vaxline.demo", defaultValue = "false")
  boolean demo;

  private CheckInCodes codes;

  @PostConstruct
  void load() {
    codes =
        SecretKeys.configuredOrDemo(KEY, configuredKey, demo)
            .map(secret -> new CheckInCodes(PassSecrets.derive(secret, "check-in"), clock))
            .orElse(null);
  }

  public CheckInCode issue(String revocationEntry, VenueVerdict pass) {
    return codes().issue(revocationEntry, pass);
  }

  public CheckInVerdict check(String code) {
    return codes().check(code, revocations.list());
  }

  private CheckInCodes codes() {
    if (codes == null) {
      throw new PassKeysUnavailable();
    }
    return codes;
  }
}
