package org.vaxline.registry.control;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.vaxline.platform.control.TimeRange;

/**
 * A dose as a clinic reports it: who received which product from which vial, which dose of their
 * series it was, when, and where. Its form is checked on construction, so a malformed report cannot
 * exist; whether it may be recorded now is {@link #requireGiven}.
 *
 * @param lot the lot number printed on the vial (FF2587, 3002183, ABV5811-A)
 * @param dose the dose's number in the person's vaccinations: 1 and 2 the primary series (1 for
 *     Janssen), then boosters; HCERT numbers doses up to 9
 */
public record GivenDose(
    long person, String product, String lot, int dose, Instant givenAt, long clinic) {

  /** The form db/V9 also enforces: capital letters, digits and hyphens, 2 to 20. */
  public static final String LOT_FORM = "[A-Z0-9][A-Z0-9-]{1,19}";

  private static final Pattern LOT = Pattern.compile(LOT_FORM);

  public GivenDose {
    Objects.requireNonNull(product, "product");
    if (lot == null || !LOT.matcher(lot).matches()) {
      throw RecordRejected.invalid(
          "a lot number is 2 to 20 capital letters, digits and hyphens, as on the vial");
    }
    if (dose < 1 || dose > 9) {
      throw RecordRejected.invalid("a dose number is 1 to 9, not " + dose);
    }
    TimeRange.instant("givenAt", Objects.requireNonNull(givenAt, "givenAt"));
  }

  /** Refuses a dose reported as given after {@code now}: the registry holds what was done. */
  public void requireGiven(Instant now) {
    if (givenAt.isAfter(now)) {
      throw RecordRejected.invalid("the dose is given at " + givenAt + ", after now (" + now + ")");
    }
  }
}
