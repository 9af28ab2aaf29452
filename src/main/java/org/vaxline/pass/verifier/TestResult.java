package org.vaxline.pass.verifier;

import java.time.Instant;
import java.util.Objects;

/**
 * One test result.
 *
 * <p>Korea counted a negative result from the moment it was notified (결과 통보). An HCERT test entry
 * carries only the sample collection instant ({@code sc}); a result with no notification instant
 * counts from sampling, which is earlier, so the pass it gives can only be shorter than Korea's
 * rule allows, never longer.
 *
 * @param sampledAt when the sample was taken ({@code sc})
 * @param notifiedAt when the result was notified to the person; null if unknown
 */
public record TestResult(Kind kind, Outcome outcome, Instant sampledAt, Instant notifiedAt) {

  /**
   * The HCERT test types: NAAT such as PCR ({@code LP6464-4}), rapid antigen ({@code LP217198-3}).
   */
  public enum Kind {
    PCR,
    RAPID_ANTIGEN
  }

  /** HCERT {@code tr}: not detected ({@code 260415000}) or detected ({@code 260373001}). */
  public enum Outcome {
    NEGATIVE,
    POSITIVE
  }

  public TestResult {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(sampledAt, "sampledAt");
    if (notifiedAt != null && notifiedAt.isBefore(sampledAt)) {
      throw new IllegalArgumentException(
          "notified at " + notifiedAt + ", before the sample was taken at " + sampledAt);
    }
  }

  /** The instant the pass rules count from: notification if known, else sampling. */
  Instant countsFrom() {
    return notifiedAt == null ? sampledAt : notifiedAt;
  }
}
