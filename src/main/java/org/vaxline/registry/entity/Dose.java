package org.vaxline.registry.entity;

import java.time.LocalDate;
import java.util.Objects;
import org.vaxline.pass.issuer.DoseGiven;
import org.vaxline.pass.verifier.Vaccination;
import org.vaxline.vaccine.entity.EuCodes;

/**
 * One recorded dose as a pass needs it: the product's EU codes, the dose's number in the series
 * ({@code dn}/{@code sd}) and the Korean date it was given.
 */
public record Dose(EuCodes codes, int number, int seriesDoses, LocalDate date) {

  public Dose {
    Objects.requireNonNull(codes, "codes");
    Objects.requireNonNull(date, "date");
  }

  /** The input of the pass rules (pass.verifier). */
  public Vaccination vaccination() {
    return new Vaccination(codes.product(), number, seriesDoses, date);
  }

  /** The pass issuer's vaccination entry. */
  public DoseGiven given() {
    return new DoseGiven(
        codes.prophylaxis(), codes.product(), codes.manufacturer(), number, seriesDoses, date);
  }
}
