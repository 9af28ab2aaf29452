package org.vaxline.pass.issuer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.vaxline.pass.verifier.HealthHistory;
import org.vaxline.pass.verifier.Vaccination;

/**
 * A dose as a pass states it, with the product's EU value-set codes (DCC schema 1.3.0, value sets
 * vaccine-prophylaxis, vaccine-medicinal-product, vaccine-mah-manf): vaccine type {@code vp},
 * product {@code mp}, manufacturer {@code ma}, dose number {@code dn} of {@code sd} in the series,
 * and the date given {@code dt}.
 */
public record DoseGiven(String vp, String mp, String ma, int dn, int sd, LocalDate dt)
    implements Statement {

  /**
   * Later date first wins; on the same day, the higher dose number. A pass states the latest dose:
   * with its number in the series, it is what every verifier's rules read.
   */
  public static final Comparator<DoseGiven> LATEST =
      Comparator.comparing(DoseGiven::dt).thenComparingInt(DoseGiven::dn);

  public DoseGiven {
    Objects.requireNonNull(vp, "vp");
    Objects.requireNonNull(mp, "mp");
    Objects.requireNonNull(ma, "ma");
    Objects.requireNonNull(dt, "dt");
    // DCC schema 1.3.0: dn and sd are positive integers below 10; a booster has dn > sd.
    if (dn < 1 || sd < 1 || dn > 9 || sd > 9) {
      throw new IllegalArgumentException("dose numbers are 1 to 9: dn " + dn + ", sd " + sd);
    }
  }

  @Override
  public HealthHistory proves() {
    return new HealthHistory(null, List.of(new Vaccination(mp, dn, sd, dt)), null, null, null);
  }

  @Override
  public LocalDate day() {
    return dt;
  }
}
