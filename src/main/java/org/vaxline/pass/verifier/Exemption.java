package org.vaxline.pass.verifier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A medical exemption certificate (접종 예외확인서). Most had no expiry; those given for a deferred
 * vaccination (immunodeficiency, immunosuppressants, chemotherapy) were valid for 180 days from
 * issue (방대본 briefing 2021-12-27, JTBC NB12040526): the certificate states which.
 *
 * @param validFrom the first day it counts
 * @param validUntil the last day it counts; null for no expiry
 */
public record Exemption(LocalDate validFrom, LocalDate validUntil) {

  public Exemption {
    Objects.requireNonNull(validFrom, "validFrom");
    if (validUntil != null && validUntil.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "exemption valid until " + validUntil + ", before it starts on " + validFrom);
    }
  }
}
