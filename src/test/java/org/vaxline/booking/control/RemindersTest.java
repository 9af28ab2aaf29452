package org.vaxline.booking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("time-rules")
class RemindersTest {

  @Test
  void aReminderIsDueFromNineOnTheMorningBeforeTheDoseInKoreanTime() {
    var dose = OffsetDateTime.parse("2021-07-27T00:30:00+09:00").toInstant();
    assertEquals(
        OffsetDateTime.parse("2021-07-26T09:00:00+09:00").toInstant(), Reminders.dueAt(dose));
  }

  @Test
  void aDoseLateInTheDayIsRemindedOnTheSameMorningBefore() {
    var dose = OffsetDateTime.parse("2021-07-27T23:59:59.999+09:00").toInstant();
    assertEquals(
        OffsetDateTime.parse("2021-07-26T09:00:00+09:00").toInstant(), Reminders.dueAt(dose));
  }
}
