package org.vaxline.pass.verifier;

/**
 * The holder's name as the DCC carries it ({@code nam}, DCC schema 1.3.0): family and given names,
 * each also standardised to ICAO 9303 letters; only {@code fnt} is required.
 */
public record DccName(String fn, String fnt, String gn, String gnt) {

  public DccName {
    if (fnt == null) {
      throw new IllegalArgumentException("fnt (standardised family name) is required");
    }
  }

  /** The names as issued, or their standardised forms where a name is absent. */
  Holder holder(String dob) {
    return new Holder(present(fn) ? fn : fnt, present(gn) ? gn : gnt, dob);
  }

  private static boolean present(String name) {
    return name != null && !name.isBlank();
  }

  static DccName from(CborMap nam) throws Rejection {
    return new DccName(
        nam.optionalText("fn"), nam.text("fnt"), nam.optionalText("gn"), nam.optionalText("gnt"));
  }
}
