package org.vaxline.pass.issuer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.vaxline.pass.verifier.HealthHistory;
import org.vaxline.pass.verifier.Recovery;

/**
 * A recovery as a pass states it (DCC schema 1.3.0): the day of the first positive test {@code fr},
 * and the first {@code df} and last {@code du} days the certificate is valid, both inclusive.
 */
public record Recovered(LocalDate fr, LocalDate df, LocalDate du) implements Statement {

  public Recovered {
    Objects.requireNonNull(fr, "fr");
    Objects.requireNonNull(df, "df");
    Objects.requireNonNull(du, "du");
    if (df.isBefore(fr) || du.isBefore(df)) {
      throw new IllegalArgumentException(
          "not fr <= df <= du: fr " + fr + ", df " + df + ", du " + du);
    }
  }

  /** Verifiers count a recovery entry from {@code df}, never beyond {@code du}. */
  @Override
  public HealthHistory proves() {
    return new HealthHistory(null, null, null, List.of(new Recovery(fr, df, du)), null);
  }

  @Override
  public LocalDate day() {
    return df;
  }
}
