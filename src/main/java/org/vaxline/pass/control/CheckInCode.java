package org.vaxline.pass.control;

import java.time.Instant;
import java.util.Objects;

/** A check-in code and the first instant it is no longer accepted. */
public record CheckInCode(String code, Instant expiresAt) {

  public CheckInCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
