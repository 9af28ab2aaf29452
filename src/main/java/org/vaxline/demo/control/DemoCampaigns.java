package org.vaxline.demo.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.vaxline.campaign.entity.CampaignDraft;
import org.vaxline.platform.control.KoreaTime;

/**
 * The campaigns of the demo: the 2021 pre-reservations replayed with their real dates (sources in
 * manuals/glossary.md), so the history can be tried with the public rule check, and campaigns open
 * today so the demo can be booked now.
 */
public final class DemoCampaigns {

  private static final Set<String> MRNA = Set.of("PFIZER", "MODERNA");

  private DemoCampaigns() {}

  public static List<CampaignDraft> drafts(LocalDate today) {
    return List.of(
        born(
            "55~59세 사전예약 (2021)",
            "Ages 55-59 pre-reservation (2021)",
            1962,
            1966,
            kst("2021-07-12T00:00"),
            kst("2021-07-17T18:00")),
        born(
            "53~54세 사전예약 (2021)",
            "Ages 53-54 pre-reservation (2021)",
            1967,
            1968,
            kst("2021-07-19T20:00"),
            kst("2021-07-20T18:00")),
        born(
            "50~52세 사전예약 (2021)",
            "Ages 50-52 pre-reservation (2021)",
            1969,
            1971,
            kst("2021-07-20T20:00"),
            kst("2021-07-21T18:00")),
        born(
            "50~54세 추가 사전예약 (2021)",
            "Ages 50-54 further pre-reservation (2021)",
            1967,
            1971,
            kst("2021-07-21T20:00"),
            kst("2021-07-24T18:00")),
        rotation(
            "18~49세 10부제 사전예약 (2021)",
            "Ages 18-49 birthday-rotation pre-reservation (2021)",
            kst("2021-08-09T20:00"),
            kst("2021-08-19T18:00")),
        born(
            "36~49세 10부제 미참여자 예약 (2021)",
            "Ages 36-49 catch-up for the rotation (2021)",
            1972,
            1985,
            kst("2021-08-19T20:00"),
            kst("2021-08-20T18:00")),
        born(
            "18~35세 10부제 미참여자 예약 (2021)",
            "Ages 18-35 catch-up for the rotation (2021)",
            1986,
            2003,
            kst("2021-08-20T20:00"),
            kst("2021-08-21T18:00")),
        born(
            "18~49세 전체 추가 예약 (2021)",
            "Ages 18-49 open booking (2021)",
            1972,
            2003,
            kst("2021-08-21T20:00"),
            kst("2021-09-18T18:00")),
        openNow(
            "코로나19 예방접종 (만 18세 이상)",
            "COVID-19 vaccination (aged 18 and over)",
            today,
            180,
            Set.of("PFIZER", "MODERNA", "NOVAVAX"),
            Set.of()),
        openNow("보건의료인 우선접종", "Health workers first", today, 60, MRNA, Set.of("HEALTH_WORKER")));
  }

  private static CampaignDraft born(
      String name,
      String nameEn,
      int fromYear,
      int untilYear,
      OffsetDateTime opens,
      OffsetDateTime closes) {
    return new CampaignDraft(
        name,
        nameEn,
        LocalDate.of(fromYear, 1, 1),
        LocalDate.of(untilYear, 12, 31),
        null,
        null,
        null,
        opens,
        closes,
        null,
        null,
        MRNA,
        Set.of(),
        null);
  }

  /**
   * In 2021 each digit's window ran from 20:00 to 18:00 the next day; the two closed hours each
   * evening are not modelled, so here a digit's day runs 20:00 to 20:00.
   */
  private static CampaignDraft rotation(
      String name, String nameEn, OffsetDateTime opens, OffsetDateTime closes) {
    return new CampaignDraft(
        name,
        nameEn,
        LocalDate.of(1972, 1, 1),
        LocalDate.of(2003, 12, 31),
        null,
        null,
        null,
        opens,
        closes,
        closes,
        LocalTime.of(20, 0),
        MRNA,
        Set.of(),
        null);
  }

  /**
   * Adults aged 18 and over on the day the demo was first loaded, open since a week before that
   * day: the demo can be booked today.
   */
  private static CampaignDraft openNow(
      String name,
      String nameEn,
      LocalDate today,
      int days,
      Set<String> products,
      Set<String> groups) {
    return new CampaignDraft(
        name,
        nameEn,
        null,
        null,
        18,
        null,
        today,
        at(today.minusDays(7), LocalTime.MIDNIGHT),
        at(today.plusDays(days), LocalTime.of(18, 0)),
        null,
        null,
        products,
        groups,
        null);
  }

  private static OffsetDateTime kst(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(KoreaTime.ZONE).toOffsetDateTime();
  }

  private static OffsetDateTime at(LocalDate date, LocalTime time) {
    return date.atTime(time).atZone(KoreaTime.ZONE).toOffsetDateTime();
  }
}
