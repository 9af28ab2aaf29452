package org.vaxline.pass.control;

import java.time.Instant;
import java.util.Objects;
import org.vaxline.pass.verifier.Cue;

/**
 * What an online check-in learns from a check-in code: as a scan of the pass would tell, valid or
 * not and why (the pass rules' reason, or {@code CODE_INVALID}, {@code CODE_EXPIRED}, {@code
 * REVOKED}, {@code EXPIRED}), until when, and the masked name and birth date.
 */
public record CheckInVerdict(
    boolean valid, String reason, Instant validUntil, String maskedName, String maskedBirthDate) {

  public static final String CODE_INVALID = "CODE_INVALID";
  public static final String CODE_EXPIRED = "CODE_EXPIRED";

  public CheckInVerdict {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(maskedName, "maskedName");
    Objects.requireNonNull(maskedBirthDate, "maskedBirthDate");
  }

  static CheckInVerdict refused(String reason) {
    return new CheckInVerdict(false, reason, null, "", "");
  }

  public Cue cue() {
    return valid ? Cue.VOICE_VALID : Cue.CHIME_INVALID;
  }
}
