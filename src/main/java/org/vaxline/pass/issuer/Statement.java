package org.vaxline.pass.issuer;

import java.time.LocalDate;
import org.vaxline.pass.verifier.HealthHistory;

/**
 * What one pass states: a dose given, a test taken or a recovery, as a DCC holds exactly one
 * vaccination ({@code v}), test ({@code t}) or recovery ({@code r}) entry (DCC schema 1.3.0).
 */
public sealed interface Statement permits DoseGiven, TestTaken, Recovered {

  /**
   * What a venue's rules can read from this statement alone: a pass carries nothing else, so this
   * is the history a verifier evaluates when it scans the pass.
   */
  HealthHistory proves();

  /** The day the record dates from, as the pass writes it. */
  LocalDate day();
}
