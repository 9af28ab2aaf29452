package org.vaxline.pass.verifier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A DCC recovery entry ({@code r}), in the schema's own terms (DCC schema 1.3.0): disease recovered
 * from, date of the first positive test, country, issuer, certificate valid from and until, and
 * UVCI.
 */
public record RecoveryEntry(
    String tg, LocalDate fr, String co, String is, LocalDate df, LocalDate du, String ci)
    implements DccEntry {

  public RecoveryEntry {
    Objects.requireNonNull(fr, "fr");
    Objects.requireNonNull(df, "df");
    Objects.requireNonNull(du, "du");
    Objects.requireNonNull(ci, "ci");
  }

  static RecoveryEntry from(CborMap r) throws Rejection {
    return new RecoveryEntry(
        r.text("tg"),
        r.date("fr"),
        r.text("co"),
        r.text("is"),
        r.date("df"),
        r.date("du"),
        r.text("ci"));
  }
}
