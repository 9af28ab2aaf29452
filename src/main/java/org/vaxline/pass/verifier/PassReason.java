package org.vaxline.pass.verifier;

/**
 * Why a pass is valid or not. Stable: a venue app or a log may store the name. The valid reasons
 * are declared in the order a tie is settled when two records last equally long.
 */
public enum PassReason {
  /** A booster (추가접종): valid from 00:00 of its day, no expiry in January 2022. */
  BOOSTED(true),
  /** Recovered and the primary series complete, in either order: no expiry. */
  RECOVERED_WITH_PRIMARY_SERIES(true),
  /** The primary series, from 14 days after its last dose through 180 days after it. */
  PRIMARY_SERIES_COMPLETE(true),
  /** An unvaccinated (or partly vaccinated) person's isolation release, for 180 days. */
  RECOVERED(true),
  /** A negative PCR result, until midnight of the day on which 48 hours from notification end. */
  NEGATIVE_PCR(true),
  /** A supervised rapid antigen result (from 2022-01-26), likewise with 24 hours. */
  NEGATIVE_RAPID_ANTIGEN(true),
  /** Aged 18 or under: born on or after 2003-01-01. */
  UNDER_AGE_EXEMPT(true),
  /** A medical exemption certificate, while it is valid. */
  MEDICAL_EXEMPTION(true),
  /** A record will qualify, but not yet: typically inside the 14 days after the last dose. */
  NOT_YET_VALID(false),
  /** Every qualifying record has run out. */
  EXPIRED(false),
  /** Nothing in the history qualifies: no record, a first dose only, a positive test. */
  NO_QUALIFYING_RECORD(false);

  private final boolean valid;

  PassReason(boolean valid) {
    this.valid = valid;
  }

  public boolean valid() {
    return valid;
  }
}
