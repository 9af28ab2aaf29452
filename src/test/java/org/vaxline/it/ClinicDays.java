package org.vaxline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A clinic made ready for a storm through its own API: the same hours every day, stock, slots. */
public final class ClinicDays {

  private ClinicDays() {}

  /**
   * Gives {@code clinic} the {@code hours} (such as {@code 09:00-11:00}) in hour-long slots of
   * {@code seats} Pfizer doses every day, 100,000 doses in stock from today, and opens the
   * campaign's slots from tomorrow for {@code days} days.
   *
   * @return how many slots were opened
   */
  public static int open(
      Api operator, String clinic, long campaign, String hours, int seats, int days) {
    var everyDay =
        Arrays.stream(DayOfWeek.values())
            .map(day -> "\"" + day + "\":[\"" + hours + "\"]")
            .collect(Collectors.joining(","));
    var schedule =
        operator.send(
            "PUT",
            "/api/clinic/" + clinic + "/schedule",
            "application/json",
            "{\"slotMinutes\":60,\"week\":{"
                + everyDay
                + "},\"dosesPerSlot\":{\"PFIZER\":"
                + seats
                + "}}",
            null);
    assertEquals(200, schedule.status(), schedule::body);
    var today = LocalDate.now(ZoneId.of("Asia/Seoul"));
    var stock =
        operator.post(
            "/api/clinic/" + clinic + "/stock",
            "{\"kind\":\"RECEIVED\",\"product\":\"PFIZER\",\"doses\":100000,\"usableFrom\":\""
                + today
                + "\"}");
    assertEquals(204, stock.status(), stock::body);
    var opened =
        operator.post(
            "/api/clinic/" + clinic + "/slots",
            "{\"campaign\":%d,\"from\":\"%s\",\"to\":\"%s\"}"
                .formatted(campaign, today.plusDays(1), today.plusDays(days)));
    assertEquals(200, opened.status(), opened::body);
    return opened.object().getInt("opened");
  }
}
