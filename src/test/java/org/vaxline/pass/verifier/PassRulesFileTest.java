package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PassRulesFileTest {

  private static final String KOREA_LIKE =
      """
      zone=Asia/Seoul
      primarySeries.doses.EU/1/20/1528=2
      primarySeries.doses.EU/1/20/1525=1
      primarySeries.validFromAfterDose=P14D
      primarySeries.lastValidDayAfterDose=P180D
      primarySeries.expiryEnforcedFrom=2022-01-03
      negativeTest.PCR.countsFor=PT48H
      recovery.lastValidDayAfterRelease=P180D
      underAgeExemption.bornOnOrAfter=2003-01-01
      """;

  @Test
  void theRulesOfJanuary2022LoadFromTheClasspath() {
    var rules = PassRules.korea2022();
    assertEquals(ZoneId.of("Asia/Seoul"), rules.zone());
    assertEquals(
        Map.of(
            "EU/1/20/1528", 2,
            "EU/1/20/1507", 2,
            "EU/1/21/1529", 2,
            "EU/1/20/1525", 1,
            "EU/1/21/1618", 2),
        rules.primarySeriesDoses());
    assertEquals(Period.ofDays(14), rules.primarySeriesValidFrom());
    assertEquals(Period.ofDays(180), rules.primarySeriesLastValidDay());
    assertEquals(LocalDate.of(2022, 1, 3), rules.primarySeriesExpiryEnforcedFrom());
    assertEquals(
        new PassRules.NegativeTest(Duration.ofHours(48), null),
        rules.negativeTests().get(TestResult.Kind.PCR));
    assertEquals(
        new PassRules.NegativeTest(Duration.ofHours(24), LocalDate.of(2022, 1, 26)),
        rules.negativeTests().get(TestResult.Kind.RAPID_ANTIGEN));
    assertEquals(Period.ofDays(180), rules.recoveryLastValidDay());
    assertEquals(LocalDate.of(2003, 1, 1), rules.underAgeBornOnOrAfter());
  }

  @Test
  void aFileWithoutRapidAntigenAcceptsOnlyPcr() throws IOException {
    var rules = read(KOREA_LIKE);
    assertEquals(1, rules.negativeTests().size());
    assertTrue(rules.negativeTests().containsKey(TestResult.Kind.PCR));
  }

  @Test
  void refusesAnUnknownKeySoATypoCannotDropARule() {
    var typo = KOREA_LIKE + "recovery.lastValidDayAfterRelaese=P90D\n";
    var refused = assertThrows(IllegalArgumentException.class, () -> read(typo));
    assertTrue(refused.getMessage().contains("recovery.lastValidDayAfterRelaese"));
  }

  @Test
  void refusesAMissingKeyNamingIt() {
    var missing = KOREA_LIKE.replace("underAgeExemption.bornOnOrAfter=2003-01-01\n", "");
    var refused = assertThrows(IllegalArgumentException.class, () -> read(missing));
    assertTrue(refused.getMessage().contains("underAgeExemption.bornOnOrAfter"));
  }

  @Test
  void refusesAValueThatDoesNotParseNamingItsKey() {
    var broken = KOREA_LIKE.replace("PT48H", "48 hours");
    var refused = assertThrows(IllegalArgumentException.class, () -> read(broken));
    assertTrue(refused.getMessage().contains("negativeTest.PCR.countsFor"));
  }

  @Test
  void refusesMonthsBecauseTheRulesCountDays() {
    var months = KOREA_LIKE.replace("lastValidDayAfterDose=P180D", "lastValidDayAfterDose=P6M");
    assertThrows(IllegalArgumentException.class, () -> read(months));
  }

  @Test
  void refusesASeriesThatWouldExpireBeforeItCounts() {
    var backwards = KOREA_LIKE.replace("lastValidDayAfterDose=P180D", "lastValidDayAfterDose=P13D");
    assertThrows(IllegalArgumentException.class, () -> read(backwards));
  }

  @Test
  void refusesAProductWithNoDosesOrMoreThanHcertAllows() {
    assertThrows(
        IllegalArgumentException.class, () -> read(KOREA_LIKE.replace("1528=2", "1528=0")));
    assertThrows(
        IllegalArgumentException.class, () -> read(KOREA_LIKE.replace("1528=2", "1528=10")));
  }

  @Test
  void refusesANegativeTestThatCountsForNoTime() {
    assertThrows(IllegalArgumentException.class, () -> read(KOREA_LIKE.replace("PT48H", "PT0S")));
  }

  private static PassRules read(String text) throws IOException {
    return PassRulesFile.read(new StringReader(text));
  }
}
