package org.vaxline.registry.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.vaxline.platform.control.KoreaTime;

/**
 * A release from isolation (격리해제) as the isolation-release certificate (격리해제 확인서) states it: the
 * Korean dates of the first positive test and of the release.
 */
public record IsolationRelease(
    long person, LocalDate firstPositive, LocalDate released, long clinic) {

  public IsolationRelease {
    Objects.requireNonNull(firstPositive, "firstPositive");
    Objects.requireNonNull(released, "released");
    if (released.isBefore(firstPositive)) {
      throw RecordRejected.invalid(
          "released on " + released + ", before the first positive test on " + firstPositive);
    }
  }

  /** Refuses a release on a Korean date after that of {@code now}. */
  public void requireReleased(Instant now) {
    var today = KoreaTime.date(now);
    if (released.isAfter(today)) {
      throw RecordRejected.invalid(
          "released on " + released + ", after today (" + today + " in Korea)");
    }
  }
}
