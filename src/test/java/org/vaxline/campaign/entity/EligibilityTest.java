package org.vaxline.campaign.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.vaxline.campaign.entity.Kst.kst;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("time-rules")
class EligibilityTest {

  private static final Instant JULY_20 = kst("2021-07-20T18:00");
  private static final Instant JULY_24 = kst("2021-07-24T18:00");

  @Test
  void noCampaignIsClosed() {
    assertEquals(Eligibility.refused(Reason.CLOSED, null), Eligibility.anyOf(List.of()));
  }

  @Test
  void eligibleWhenAnyCampaignAdmitsUntilTheLatestEnd() {
    var answer =
        Eligibility.anyOf(
            List.of(
                Eligibility.refused(Reason.TOO_OLD, null),
                Eligibility.eligibleUntil(JULY_20),
                Eligibility.eligibleUntil(JULY_24),
                Eligibility.refused(Reason.NOT_YET_OPEN, kst("2021-07-19T20:00"))));
    assertEquals(Eligibility.eligibleUntil(JULY_24), answer);
  }

  @Test
  void anAdmissionWithoutKnownEndOutlastsTheOthers() {
    var answer =
        Eligibility.anyOf(
            List.of(Eligibility.eligibleUntil(JULY_24), Eligibility.eligibleUntil(null)));
    assertEquals(Eligibility.eligibleUntil(null), answer);
  }

  @Test
  void refusedWithTheSoonestWayBack() {
    var later = Eligibility.refused(Reason.NOT_YET_OPEN, JULY_24);
    var sooner = Eligibility.refused(Reason.ROTATION_DAY_MISMATCH, JULY_20);
    var never = Eligibility.refused(Reason.TOO_YOUNG, null);
    assertSame(sooner, Eligibility.anyOf(List.of(never, later, sooner)));
  }

  @Test
  void onEqualWaysBackTheFirstCampaignAnswers() {
    var first = Eligibility.refused(Reason.NOT_YET_OPEN, JULY_20);
    var second = Eligibility.refused(Reason.ROTATION_DAY_MISMATCH, JULY_20);
    assertSame(first, Eligibility.anyOf(List.of(first, second)));
  }

  @Test
  void withNoWayBackTheFirstRefusalAnswers() {
    var first = Eligibility.refused(Reason.NOT_IN_PRIORITY_GROUP, null);
    var second = Eligibility.refused(Reason.CLOSED, null);
    assertSame(first, Eligibility.anyOf(List.of(first, second)));
  }

  @Test
  void refusesInconsistentAnswers() {
    assertThrows(
        IllegalArgumentException.class, () -> new Eligibility(true, Reason.CLOSED, null, JULY_20));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Eligibility(false, Reason.ELIGIBLE, JULY_20, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Eligibility(true, Reason.ELIGIBLE, JULY_20, JULY_24));
    assertThrows(
        IllegalArgumentException.class, () -> new Eligibility(false, Reason.CLOSED, null, JULY_20));
  }
}
