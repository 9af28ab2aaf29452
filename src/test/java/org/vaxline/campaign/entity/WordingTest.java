package org.vaxline.campaign.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vaxline.campaign.entity.Kst.kst;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("time-rules")
class WordingTest {

  @Test
  void the2021RotationInPlainWords() {
    var rules =
        new CampaignRules(
            kst("2021-08-09T20:00"),
            kst("2021-09-18T18:00"),
            Cohort.bornBetween(LocalDate.of(1972, 1, 1), LocalDate.of(2003, 12, 31)),
            Set.of(),
            new Rotation(kst("2021-08-19T20:00"), LocalTime.of(20, 0)));
    assertEquals(
        "1972-01-01~2003-12-31 출생자. 2021-08-09 20:00부터 2021-09-18 18:00 전까지 예약."
            + " 2021-08-19 20:00 전까지는 생일 끝자리 10부제(예: 9일·19일·29일생은 9일·19일·29일에 예약,"
            + " 날짜는 매일 20:00에 바뀜).",
        rules.wording().ko());
    assertEquals(
        "Born 1972-01-01 to 2003-12-31. Booking from 2021-08-09 20:00 until 2021-09-18 18:00"
            + " (KST). Until 2021-08-19 20:00, a birthday rotation applies: people may book on"
            + " days ending in the same digit as their birthday (e.g. those born on the 9th, 19th"
            + " or 29th book on the 9th, 19th and 29th; each day starts at 20:00).",
        rules.wording().en());
  }

  @Test
  void anAgeCohortWithPriorityGroupsInPlainWords() {
    var rules =
        new CampaignRules(
            kst("2021-07-12T20:00"),
            kst("2021-07-17T18:00:30"),
            Cohort.agedBetween(55, 59, LocalDate.of(2021, 7, 12)),
            Set.of("TEACHER", "HEALTH_WORKER"),
            null);
    assertEquals(
        "만 55~59세(2021-07-12 기준). 대상 집단: HEALTH_WORKER, TEACHER."
            + " 2021-07-12 20:00부터 2021-07-17 18:00:30 전까지 예약.",
        rules.wording().ko());
    assertEquals(
        "Aged 55 to 59 on 2021-07-12. Priority groups: HEALTH_WORKER, TEACHER."
            + " Booking from 2021-07-12 20:00 until 2021-07-17 18:00:30 (KST).",
        rules.wording().en());
  }

  @Test
  void oneSidedCohortsInPlainWords() {
    var on = LocalDate.of(2021, 7, 12);
    assertEquals(
        new Wording("만 60세 이상(2021-07-12 기준)", "Aged 60 or over on 2021-07-12"),
        Cohort.agedBetween(60, null, on).wording());
    assertEquals(
        new Wording("만 17세 이하(2021-07-12 기준)", "Aged 17 or under on 2021-07-12"),
        Cohort.agedBetween(null, 17, on).wording());
    assertEquals(
        new Wording("1972-01-01 이후 출생자", "Born on or after 1972-01-01"),
        Cohort.bornBetween(LocalDate.of(1972, 1, 1), null).wording());
    assertEquals(
        new Wording("2003-12-31 이전 출생자", "Born on or before 2003-12-31"),
        Cohort.bornBetween(null, LocalDate.of(2003, 12, 31)).wording());
  }

  @Test
  void aRotationForTheWholeCampaignChangingAtMidnight() {
    var rules =
        new CampaignRules(
            kst("2021-08-09T00:00"),
            kst("2021-08-12T00:00"),
            Cohort.bornBetween(LocalDate.of(1972, 1, 1), null),
            Set.of(),
            new Rotation(kst("2021-08-12T00:00"), LocalTime.MIDNIGHT));
    assertEquals(
        "1972-01-01 이후 출생자. 2021-08-09 00:00부터 2021-08-12 00:00 전까지 예약."
            + " 예약 기간 내내 생일 끝자리 10부제(예: 9일·19일·29일생은 9일·19일·29일에 예약).",
        rules.wording().ko());
  }
}
