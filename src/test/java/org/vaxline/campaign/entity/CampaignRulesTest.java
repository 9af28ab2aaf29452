package org.vaxline.campaign.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.vaxline.campaign.entity.Kst.kst;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("time-rules")
class CampaignRulesTest {

  /** The 53–54 booking of July 2021: one evening and the next day, no rotation. */
  private static final CampaignRules FIFTY_THREE_TO_FOUR =
      new CampaignRules(
          kst("2021-07-19T20:00"),
          kst("2021-07-20T18:00"),
          Cohort.bornBetween(LocalDate.of(1967, 1, 1), LocalDate.of(1968, 12, 31)),
          Set.of(),
          null);

  /** The 18–49 booking of August 2021, with the birthday rotation for its first ten days. */
  private static final CampaignRules EIGHTEEN_TO_FORTY_NINE =
      new CampaignRules(
          kst("2021-08-09T20:00"),
          kst("2021-09-18T18:00"),
          Cohort.bornBetween(LocalDate.of(1972, 1, 1), LocalDate.of(2003, 12, 31)),
          Set.of(),
          new Rotation(kst("2021-08-19T20:00"), LocalTime.of(20, 0)));

  private static final Applicant BORN_1968_05_05 = Applicant.bornOn(LocalDate.of(1968, 5, 5));

  @Test
  void
      the2021CurrentTimeBug_aPersonInTheOpenCohortAskingAtTwentyHundredOnTheOpeningDayIsEligible() {
    var answer = FIFTY_THREE_TO_FOUR.evaluate(BORN_1968_05_05, kst("2021-07-19T20:00:00.000"));
    assertEquals(Eligibility.eligibleUntil(kst("2021-07-20T18:00")), answer);
  }

  @Test
  void opensAtEightPmToTheMillisecond() {
    var opens = kst("2021-07-19T20:00");
    assertEquals(
        Eligibility.refused(Reason.NOT_YET_OPEN, opens),
        FIFTY_THREE_TO_FOUR.evaluate(BORN_1968_05_05, opens.minusMillis(1)));
    assertEquals(Reason.ELIGIBLE, FIFTY_THREE_TO_FOUR.evaluate(BORN_1968_05_05, opens).reason());
    assertEquals(
        Reason.ELIGIBLE,
        FIFTY_THREE_TO_FOUR.evaluate(BORN_1968_05_05, opens.plusMillis(1)).reason());
  }

  @Test
  void closesAtSixPmToTheMillisecond() {
    var closes = kst("2021-07-20T18:00");
    assertEquals(
        Eligibility.eligibleUntil(closes),
        FIFTY_THREE_TO_FOUR.evaluate(BORN_1968_05_05, closes.minusMillis(1)));
    assertEquals(
        Eligibility.refused(Reason.CLOSED, null),
        FIFTY_THREE_TO_FOUR.evaluate(BORN_1968_05_05, closes));
    assertEquals(
        Eligibility.refused(Reason.CLOSED, null),
        FIFTY_THREE_TO_FOUR.evaluate(BORN_1968_05_05, closes.plusMillis(1)));
  }

  @Test
  void whoYouAreComesBeforeWhenYouAsk() {
    var tooYoung = Applicant.bornOn(LocalDate.of(1969, 1, 1));
    var tooOld = Applicant.bornOn(LocalDate.of(1966, 12, 31));
    var beforeOpening = kst("2021-07-01T00:00");
    assertEquals(
        Eligibility.refused(Reason.TOO_YOUNG, null),
        FIFTY_THREE_TO_FOUR.evaluate(tooYoung, beforeOpening));
    assertEquals(
        Eligibility.refused(Reason.TOO_OLD, null),
        FIFTY_THREE_TO_FOUR.evaluate(tooOld, kst("2021-07-19T21:00")));
  }

  @Test
  void aPriorityCampaignAdmitsMembersOfAnyOfItsGroupsOnly() {
    var rules =
        new CampaignRules(
            kst("2021-07-19T20:00"),
            kst("2021-07-20T18:00"),
            Cohort.agedBetween(null, 59, LocalDate.of(2021, 7, 19)),
            Set.of("HEALTH_WORKER", "TEACHER"),
            null);
    var at = kst("2021-07-19T21:00");
    var teacher = new Applicant(LocalDate.of(1980, 1, 1), Set.of("TEACHER", "PARENT"));
    var parent = new Applicant(LocalDate.of(1980, 1, 1), Set.of("PARENT"));
    assertEquals(Reason.ELIGIBLE, rules.evaluate(teacher, at).reason());
    assertEquals(
        Eligibility.refused(Reason.NOT_IN_PRIORITY_GROUP, null), rules.evaluate(parent, at));
    assertEquals(
        Reason.TOO_OLD,
        rules.evaluate(new Applicant(LocalDate.of(1950, 1, 1), Set.of("TEACHER")), at).reason(),
        "the cohort is checked before the group");
  }

  @Test
  void the2021RotationAdmitsTheNinesOnTheOpeningEvening() {
    var bornOnThe19th = Applicant.bornOn(LocalDate.of(1990, 3, 19));
    assertEquals(
        Eligibility.eligibleUntil(kst("2021-08-10T20:00")),
        EIGHTEEN_TO_FORTY_NINE.evaluate(bornOnThe19th, kst("2021-08-09T20:00")));
  }

  @Test
  void the2021RotationSendsTheNinesToTheEndOfTheRotationAfterTheirDay() {
    var bornOnThe19th = Applicant.bornOn(LocalDate.of(1990, 3, 19));
    assertEquals(
        Eligibility.refused(Reason.ROTATION_DAY_MISMATCH, kst("2021-08-19T20:00")),
        EIGHTEEN_TO_FORTY_NINE.evaluate(bornOnThe19th, kst("2021-08-10T20:00")));
  }

  @Test
  void the2021RotationSendsTheTensToTheNextEvening() {
    var bornOnThe10th = Applicant.bornOn(LocalDate.of(1990, 3, 10));
    assertEquals(
        Eligibility.refused(Reason.ROTATION_DAY_MISMATCH, kst("2021-08-10T20:00")),
        EIGHTEEN_TO_FORTY_NINE.evaluate(bornOnThe10th, kst("2021-08-09T21:00")));
  }

  @Test
  void beforeOpeningARotationCampaignNamesTheStartOfThePersonsDay() {
    var bornOnThe12th = Applicant.bornOn(LocalDate.of(1990, 3, 12));
    assertEquals(
        Eligibility.refused(Reason.NOT_YET_OPEN, kst("2021-08-12T20:00")),
        EIGHTEEN_TO_FORTY_NINE.evaluate(bornOnThe12th, kst("2021-08-09T19:59:59.999")));
    var bornOnThe9th = Applicant.bornOn(LocalDate.of(1990, 3, 9));
    assertEquals(
        Eligibility.refused(Reason.NOT_YET_OPEN, kst("2021-08-09T20:00")),
        EIGHTEEN_TO_FORTY_NINE.evaluate(bornOnThe9th, kst("2021-08-01T00:00")));
  }

  @Test
  void afterTheRotationEveryoneInTheCohortIsEligibleUntilTheClose() {
    var end = kst("2021-08-19T20:00");
    var bornOnThe3rd = Applicant.bornOn(LocalDate.of(1990, 3, 3));
    var bornOnThe8th = Applicant.bornOn(LocalDate.of(1990, 3, 8));
    var closes = EIGHTEEN_TO_FORTY_NINE.closesAt();
    assertEquals(
        Eligibility.refused(Reason.ROTATION_DAY_MISMATCH, end),
        EIGHTEEN_TO_FORTY_NINE.evaluate(bornOnThe3rd, end.minusMillis(1)));
    assertEquals(
        Eligibility.eligibleUntil(closes),
        EIGHTEEN_TO_FORTY_NINE.evaluate(bornOnThe8th, end.minusMillis(1)),
        "the 18th's admission runs on into the open booking");
    assertEquals(
        Eligibility.eligibleUntil(closes), EIGHTEEN_TO_FORTY_NINE.evaluate(bornOnThe3rd, end));
    assertEquals(
        Eligibility.eligibleUntil(closes),
        EIGHTEEN_TO_FORTY_NINE.evaluate(bornOnThe3rd, end.plusMillis(1)));
  }

  @Test
  void noNextInstantWhenThePersonsDayComesAfterTheClose() {
    var closesEarly =
        new CampaignRules(
            kst("2021-08-09T20:00"),
            kst("2021-08-15T18:00"),
            Cohort.bornBetween(LocalDate.of(1972, 1, 1), null),
            null,
            new Rotation(kst("2021-08-19T20:00"), LocalTime.of(20, 0)));
    var bornOnThe7th = Applicant.bornOn(LocalDate.of(1990, 3, 7));
    var bornOnThe9th = Applicant.bornOn(LocalDate.of(1990, 3, 9));
    assertEquals(
        Eligibility.refused(Reason.ROTATION_DAY_MISMATCH, null),
        closesEarly.evaluate(bornOnThe9th, kst("2021-08-10T21:00")));
    assertEquals(
        Eligibility.refused(Reason.NOT_YET_OPEN, null),
        closesEarly.evaluate(bornOnThe7th, kst("2021-08-09T19:00")),
        "the 17th's evening comes after the close");
    assertEquals(
        Eligibility.eligibleUntil(kst("2021-08-15T18:00")),
        closesEarly.evaluate(Applicant.bornOn(LocalDate.of(1990, 3, 14)), kst("2021-08-14T20:00")),
        "the close cuts the rotation day short");
  }

  @Test
  void refusesRulesThatCannotHold() {
    var opens = kst("2021-07-19T20:00");
    var cohort = Cohort.bornBetween(LocalDate.of(1967, 1, 1), null);
    assertThrows(
        IllegalArgumentException.class,
        () -> new CampaignRules(opens, opens, cohort, Set.of(), null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CampaignRules(opens, opens.minusMillis(1), cohort, Set.of(), null));
    assertThrows(
        NullPointerException.class,
        () -> new CampaignRules(opens, opens.plusSeconds(60), null, Set.of(), null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new CampaignRules(
                opens, opens.plusSeconds(60), cohort, Set.of(), rotationUntil(opens)));
  }

  @Test
  void aRotationMayOutlastTheCampaign() {
    var opens = kst("2021-07-19T20:00");
    var rules =
        new CampaignRules(
            opens,
            opens.plusSeconds(60),
            Cohort.bornBetween(LocalDate.of(1967, 1, 1), null),
            null,
            rotationUntil(opens.plusSeconds(3600)));
    assertEquals(Set.of(), rules.priorityGroups());
  }

  private static Rotation rotationUntil(Instant until) {
    return new Rotation(until, LocalTime.MIDNIGHT);
  }
}
