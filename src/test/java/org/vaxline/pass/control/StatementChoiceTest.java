package org.vaxline.pass.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vaxline.pass.control.Passes.comirnaty;
import static org.vaxline.pass.control.Passes.kst;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vaxline.pass.issuer.DoseGiven;
import org.vaxline.pass.issuer.Recovered;
import org.vaxline.pass.issuer.Statement;
import org.vaxline.pass.issuer.TestTaken;
import org.vaxline.pass.verifier.PassRules;
import org.vaxline.pass.verifier.Recovery;
import org.vaxline.pass.verifier.TestResult;

/**
 * Issue 7: a pass states the record that makes it valid now (a dose, then a negative test, then a
 * recovery), else the latest record, and nothing only when there is no record to state.
 */
@Tag("time-rules")
class StatementChoiceTest {

  static final PassRules KOREA = PassRules.korea2022();
  static final Period RECOVERY_DAYS = KOREA.recoveryLastValidDay();

  /** A series completed 6 December 2021: valid 20 December 2021 through 3 June 2022. */
  static final DoseGiven SECOND = comirnaty(2, LocalDate.of(2021, 12, 6));

  static final DoseGiven FIRST = comirnaty(1, LocalDate.of(2021, 11, 8));

  /** Released 3 January 2022: valid through 2 July 2022. */
  static final Recovery RELEASE =
      new Recovery(LocalDate.of(2021, 12, 24), LocalDate.of(2022, 1, 3), null);

  static TestTaken pcr(String sampledKst) {
    return TestTaken.of(
        TestResult.Kind.PCR,
        TestResult.Outcome.NEGATIVE,
        OffsetDateTime.parse(sampledKst + ":00+09:00"),
        "서울중구 예방접종센터");
  }

  static Optional<Statement> choose(
      List<DoseGiven> doses, List<TestTaken> tests, List<Recovery> recoveries, Instant at) {
    return StatementChoice.of(doses, tests, recoveries, RECOVERY_DAYS).choose(KOREA, at);
  }

  @Test
  void aValidSeriesIsStatedBeforeAValidTestOrRecovery() {
    var at = kst("2022-02-01T12:00");
    var stated =
        choose(List.of(SECOND, FIRST), List.of(pcr("2022-02-01T09:00")), List.of(RELEASE), at);
    assertEquals(Optional.of(SECOND), stated);
  }

  @Test
  void withTheSeriesExpiredAValidNegativeTestIsStatedBeforeARecovery() {
    var at = kst("2022-06-10T12:00");
    var test = pcr("2022-06-10T09:00");
    assertEquals(Optional.of(test), choose(List.of(SECOND), List.of(test), List.of(RELEASE), at));
  }

  @Test
  void withTheSeriesAndTheTestExpiredTheRecoveryIsStatedForItsHundredAndEightyDays() {
    var at = kst("2022-06-10T12:00");
    var stated = choose(List.of(SECOND), List.of(pcr("2022-06-01T09:00")), List.of(RELEASE), at);
    var recovered =
        new Recovered(RELEASE.firstPositive(), RELEASE.released(), LocalDate.of(2022, 7, 2));
    assertEquals(Optional.of(recovered), stated);
  }

  @Test
  void ofTwoValidTestsTheOneValidLongerIsStated() {
    var earlier = pcr("2022-03-01T09:00");
    var later = pcr("2022-03-02T09:00");
    var at = kst("2022-03-02T12:00");
    assertEquals(Optional.of(later), choose(List.of(), List.of(later, earlier), List.of(), at));
    assertEquals(Optional.of(later), choose(List.of(), List.of(earlier, later), List.of(), at));
  }

  /** Both count until 4 March 00:00; the registry lists the latest sample first. */
  @Test
  void ofTestsValidEquallyLongTheOneListedFirstIsStated() {
    var afternoon = pcr("2022-03-02T15:00");
    var morning = pcr("2022-03-02T09:00");
    var at = kst("2022-03-02T16:00");
    assertEquals(
        Optional.of(afternoon), choose(List.of(), List.of(afternoon, morning), List.of(), at));
  }

  @Test
  void withNothingValidTheLatestRecordIsStatedSoThePersonSeesWhy() {
    var oldTest = pcr("2022-07-01T09:00");
    var at = kst("2022-08-01T12:00");
    assertEquals(
        Optional.of(oldTest), choose(List.of(SECOND), List.of(oldTest), List.of(RELEASE), at));
  }

  @Test
  void aSeriesNotYetValidIsStatedOverAnOlderExpiredTest() {
    var second = comirnaty(2, LocalDate.of(2022, 3, 10));
    var at = kst("2022-03-12T12:00");
    var stated = choose(List.of(second), List.of(pcr("2022-03-05T09:00")), List.of(), at);
    assertEquals(Optional.of(second), stated);
  }

  @Test
  void onTheSameDayWithNothingValidTheDoseIsStated() {
    var first = comirnaty(1, LocalDate.of(2022, 3, 10));
    var positive =
        TestTaken.of(
            TestResult.Kind.RAPID_ANTIGEN,
            TestResult.Outcome.POSITIVE,
            OffsetDateTime.parse("2022-03-10T09:00:00+09:00"),
            null);
    var at = kst("2022-03-10T12:00");
    assertEquals(Optional.of(first), choose(List.of(first), List.of(positive), List.of(), at));
  }

  @Test
  void withNoRecordThereIsNothingToState() {
    assertEquals(
        Optional.empty(), choose(List.of(), List.of(), List.of(), kst("2022-03-10T12:00")));
  }
}
