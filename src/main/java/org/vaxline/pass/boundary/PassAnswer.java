package org.vaxline.pass.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.vaxline.pass.control.CheckInVerdict;
import org.vaxline.pass.verifier.Cue;
import org.vaxline.pass.verifier.VenueVerdict;
import org.vaxline.platform.control.KoreaTime;

/**
 * What the venue is told (ARCHITECTURE.md principle 6): valid or not, the stable reason, until when
 * (Korean time; absent when not valid or without end), the masked name and birth date, and the cue
 * its device plays with the words heard.
 */
public record PassAnswer(
    boolean valid,
    String reason,
    OffsetDateTime validUntil,
    String name,
    String birthDate,
    Cue cue,
    String heard) {

  static PassAnswer of(VenueVerdict verdict) {
    return new PassAnswer(
        verdict.valid(),
        verdict.reason(),
        korean(verdict.validUntil()),
        verdict.maskedName(),
        verdict.maskedBirthDate(),
        verdict.cue(),
        verdict.cue().heard());
  }

  static PassAnswer of(CheckInVerdict verdict) {
    return new PassAnswer(
        verdict.valid(),
        verdict.reason(),
        korean(verdict.validUntil()),
        verdict.maskedName(),
        verdict.maskedBirthDate(),
        verdict.cue(),
        verdict.cue().heard());
  }

  private static OffsetDateTime korean(Instant instant) {
    return instant == null ? null : instant.atZone(KoreaTime.ZONE).toOffsetDateTime();
  }
}
