package org.vaxline.pass.verifier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A recovery: Korea's isolation-release certificate (격리해제 확인서), or an HCERT recovery entry.
 *
 * @param firstPositive the day of the first positive test ({@code fr})
 * @param released the day isolation ended (격리해제일); Korea's rule counts from it. For an HCERT
 *     recovery entry, its {@code df} (certificate valid from)
 * @param certificateValidUntil the last day the certificate itself names ({@code du}); null when it
 *     names none. The pass never outlasts it.
 */
public record Recovery(
    LocalDate firstPositive, LocalDate released, LocalDate certificateValidUntil) {

  public Recovery {
    Objects.requireNonNull(firstPositive, "firstPositive");
    Objects.requireNonNull(released, "released");
    if (released.isBefore(firstPositive)) {
      throw new IllegalArgumentException(
          "released on " + released + ", before the first positive test on " + firstPositive);
    }
    if (certificateValidUntil != null && certificateValidUntil.isBefore(released)) {
      throw new IllegalArgumentException(
          "certificate valid until " + certificateValidUntil + ", before release on " + released);
    }
  }
}
