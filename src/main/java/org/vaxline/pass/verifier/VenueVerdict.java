package org.vaxline.pass.verifier;

import java.time.Instant;
import java.util.Objects;

/**
 * What a venue learns from one scan (ARCHITECTURE.md principle 6): valid or not, why, until when, a
 * masked name and birth date, and the cue to play. Nothing else of the pass leaves the verifier.
 *
 * @param signature the HCERT check: anything but {@code VALID} means the pass was not read
 * @param rules Korea's rules on what the pass proves; null when the signature check failed
 * @param validUntil the first instant it stops being valid, the earlier of the rules' end and the
 *     signature's exp; null when not valid, or valid with no end
 * @param maskedName empty when the signature check failed: nothing unauthenticated is shown
 */
public record VenueVerdict(
    HcertReason signature,
    PassReason rules,
    Instant validUntil,
    String maskedName,
    String maskedBirthDate) {

  public VenueVerdict {
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(maskedName, "maskedName");
    Objects.requireNonNull(maskedBirthDate, "maskedBirthDate");
    if ((signature == HcertReason.VALID) != (rules != null)) {
      throw new IllegalArgumentException("the rules judge exactly the passes whose signature held");
    }
  }

  static VenueVerdict unread(HcertReason signature) {
    return new VenueVerdict(signature, null, null, "", "");
  }

  public boolean valid() {
    return rules != null && rules.valid();
  }

  /**
   * The reason a venue app shows: the HCERT reason ({@link HcertReason}) when the signature check
   * failed, else the rules' ({@link PassReason}). Stable names, so an app may switch on them.
   */
  public String reason() {
    return rules == null ? signature.name() : rules.name();
  }

  public Cue cue() {
    return Cue.of(valid());
  }
}
