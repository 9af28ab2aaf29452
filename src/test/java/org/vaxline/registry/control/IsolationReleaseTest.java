package org.vaxline.registry.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsolationReleaseTest {

  /** 00:00 of 3 January 2022 in Korea. */
  private static final Instant MIDNIGHT_KST = Instant.parse("2022-01-02T15:00:00Z");

  private static final IsolationRelease RELEASED_ON_THIRD_JANUARY =
      new IsolationRelease(7, LocalDate.of(2021, 12, 24), LocalDate.of(2022, 1, 3), 3);

  @Test
  void aReleaseIsRecordedFromTheStartOfItsKoreanDay() {
    assertDoesNotThrow(() -> RELEASED_ON_THIRD_JANUARY.requireReleased(MIDNIGHT_KST));
    assertThrows(
        RecordRejected.class,
        () -> RELEASED_ON_THIRD_JANUARY.requireReleased(MIDNIGHT_KST.minusMillis(1)));
  }

  @Test
  void releaseComesOnOrAfterTheFirstPositiveTest() {
    var day = LocalDate.of(2022, 1, 3);
    assertDoesNotThrow(() -> new IsolationRelease(7, day, day, 3));
    assertThrows(RecordRejected.class, () -> new IsolationRelease(7, day.plusDays(1), day, 3));
  }
}
