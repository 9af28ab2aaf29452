package org.vaxline.pass.verifier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A DCC vaccination entry ({@code v}), in the schema's own terms (DCC schema 1.3.0): disease
 * targeted, vaccine type, medicinal product, manufacturer, dose number, total doses in the series,
 * date of vaccination, country, issuer and certificate identifier (UVCI).
 */
public record VaccinationEntry(
    String tg,
    String vp,
    String mp,
    String ma,
    int dn,
    int sd,
    LocalDate dt,
    String co,
    String is,
    String ci)
    implements DccEntry {

  public VaccinationEntry {
    Objects.requireNonNull(mp, "mp");
    Objects.requireNonNull(dt, "dt");
    Objects.requireNonNull(ci, "ci");
    if (dn < 1 || sd < 1) {
      throw new IllegalArgumentException("dose numbers start at 1: dn " + dn + ", sd " + sd);
    }
  }

  static VaccinationEntry from(CborMap v) throws Rejection {
    return new VaccinationEntry(
        v.text("tg"),
        v.text("vp"),
        v.text("mp"),
        v.text("ma"),
        v.integer("dn"),
        v.integer("sd"),
        v.date("dt"),
        v.text("co"),
        v.text("is"),
        v.text("ci"));
  }
}
