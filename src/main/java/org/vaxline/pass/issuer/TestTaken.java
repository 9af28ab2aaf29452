package org.vaxline.pass.issuer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vaxline.pass.verifier.HealthHistory;
import org.vaxline.pass.verifier.TestResult;

/**
 * A test as a pass states it, in the DCC's terms (DCC schema 1.3.0, value sets
 * covid-19-lab-test-type, covid-19-lab-result): test type {@code tt}, the NAA test's name {@code
 * nm} and the rapid antigen device {@code ma} (each optional), sample collection {@code sc}, result
 * {@code tr} and testing centre {@code tc} (optional).
 *
 * <p>{@code sc} keeps its offset, so a pass shows the Korean time the sample was taken, and whole
 * seconds, as EU issuers write it: dropping the fraction moves the start back by under a second and
 * never changes the day on which a negative result's window ends.
 */
public record TestTaken(String tt, String nm, String ma, OffsetDateTime sc, String tr, String tc)
    implements Statement {

  /** LOINC LP6464-4: nucleic acid amplification (NAAT), which is what PCR is. */
  public static final String NAAT = "LP6464-4";

  /** LOINC LP217198-3: rapid immunoassay, a rapid antigen test. */
  public static final String RAPID_ANTIGEN = "LP217198-3";

  /** SNOMED CT 260415000, "not detected". */
  public static final String NOT_DETECTED = "260415000";

  /** SNOMED CT 260373001, "detected". */
  public static final String DETECTED = "260373001";

  private static final Map<String, TestResult.Kind> KINDS =
      Map.of(NAAT, TestResult.Kind.PCR, RAPID_ANTIGEN, TestResult.Kind.RAPID_ANTIGEN);

  /** DCC schema 1.3.0: {@code nm} and {@code tc} are at most 80 characters. */
  private static final int MOST_CHARACTERS = 80;

  public TestTaken {
    Objects.requireNonNull(sc, "sc");
    if (!KINDS.containsKey(tt)) {
      throw new IllegalArgumentException("not a DCC test type: " + tt);
    }
    if (!List.of(NOT_DETECTED, DETECTED).contains(tr)) {
      throw new IllegalArgumentException("not a DCC test result: " + tr);
    }
    requireShort("nm", nm);
    requireShort("tc", tc);
    sc = sc.truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * A result as a registry records it. Vaxline records neither the NAA test's name nor the rapid
   * antigen device, so {@code nm} and {@code ma} are left out, as the schema allows; a verifier
   * applying the EU's rule that a rapid antigen test names its device would refuse such a pass,
   * Korea's rules do not ask for it.
   */
  public static TestTaken of(
      TestResult.Kind kind, TestResult.Outcome outcome, OffsetDateTime sampled, String centre) {
    return new TestTaken(
        kind == TestResult.Kind.PCR ? NAAT : RAPID_ANTIGEN,
        null,
        null,
        sampled,
        outcome == TestResult.Outcome.NEGATIVE ? NOT_DETECTED : DETECTED,
        centre);
  }

  public TestResult.Kind kind() {
    return KINDS.get(tt);
  }

  /** A verifier knows only the sampling instant: it counts from there, never from notification. */
  @Override
  public HealthHistory proves() {
    var outcome =
        NOT_DETECTED.equals(tr) ? TestResult.Outcome.NEGATIVE : TestResult.Outcome.POSITIVE;
    var result = new TestResult(kind(), outcome, sc.toInstant(), null);
    return new HealthHistory(null, null, List.of(result), null, null);
  }

  @Override
  public LocalDate day() {
    return sc.toLocalDate();
  }

  private static void requireShort(String field, String text) {
    if (text != null && text.codePointCount(0, text.length()) > MOST_CHARACTERS) {
      throw new IllegalArgumentException(field + " is over 80 characters: " + text);
    }
  }
}
