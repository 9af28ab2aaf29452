package org.vaxline.registry.control;

import java.time.Instant;
import java.util.Objects;
import org.vaxline.pass.verifier.TestResult;
import org.vaxline.platform.control.TimeRange;

/**
 * A test result as a clinic reports it. Korea's pass counted a negative PCR result from its
 * notification (결과 통보), so the report carries both instants: the sample was taken, then the result
 * notified, and both have happened by the time it is recorded.
 */
public record TestReport(
    long person,
    TestResult.Kind kind,
    TestResult.Outcome outcome,
    Instant sampledAt,
    Instant notifiedAt,
    long clinic) {

  public TestReport {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(outcome, "outcome");
    TimeRange.instant("sampledAt", Objects.requireNonNull(sampledAt, "sampledAt"));
    TimeRange.instant("notifiedAt", Objects.requireNonNull(notifiedAt, "notifiedAt"));
    if (notifiedAt.isBefore(sampledAt)) {
      throw RecordRejected.invalid(
          "the result is notified at " + notifiedAt + ", before the sample at " + sampledAt);
    }
  }

  /** Refuses a result notified after {@code now}. */
  public void requireNotified(Instant now) {
    if (notifiedAt.isAfter(now)) {
      throw RecordRejected.invalid(
          "the result is notified at " + notifiedAt + ", after now (" + now + ")");
    }
  }
}
