package org.vaxline.pass.verifier;

import java.time.Instant;
import java.util.Objects;

/**
 * A DCC test entry ({@code t}), in the schema's own terms (DCC schema 1.3.0): disease targeted,
 * test type, NAA test name and RAT device ({@code nm}, {@code ma}: each optional), sample
 * collection time, result, testing centre (optional), country, issuer and UVCI.
 */
public record TestEntry(
    String tg,
    String tt,
    String nm,
    String ma,
    Instant sc,
    String tr,
    String tc,
    String co,
    String is,
    String ci)
    implements DccEntry {

  /** SNOMED CT 260415000, "not detected": the value set's negative result. */
  public static final String NOT_DETECTED = "260415000";

  public TestEntry {
    Objects.requireNonNull(tt, "tt");
    Objects.requireNonNull(sc, "sc");
    Objects.requireNonNull(tr, "tr");
    Objects.requireNonNull(ci, "ci");
  }

  public boolean negative() {
    return NOT_DETECTED.equals(tr);
  }

  static TestEntry from(CborMap t) throws Rejection {
    return new TestEntry(
        t.text("tg"),
        t.text("tt"),
        t.optionalText("nm"),
        t.optionalText("ma"),
        t.dateTime("sc"),
        t.text("tr"),
        t.optionalText("tc"),
        t.text("co"),
        t.text("is"),
        t.text("ci"));
  }
}
