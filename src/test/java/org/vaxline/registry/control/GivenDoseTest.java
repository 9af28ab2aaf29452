package org.vaxline.registry.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GivenDoseTest {

  private static final Instant NOW = Instant.parse("2021-10-01T01:30:00Z");

  @Test
  void aDoseGivenExactlyNowIsRecorded() {
    assertDoesNotThrow(() -> dose("FF2587", 1, NOW).requireGiven(NOW));
    assertDoesNotThrow(() -> dose("FF2587", 1, NOW.minusMillis(1)).requireGiven(NOW));
  }

  @Test
  void aDoseGivenOneMillisecondFromNowIsRefused() {
    var refused =
        assertThrows(
            RecordRejected.class, () -> dose("FF2587", 1, NOW.plusMillis(1)).requireGiven(NOW));
    assertEquals(422, refused.problem().status());
    assertEquals("urn:vaxline:problem:record-invalid", refused.problem().type().toString());
  }

  @Test
  void lotNumbersAreWrittenAsOnTheVial() {
    for (var lot : List.of("FF2587", "3002183", "ABV5811-A", "A1", "X".repeat(20))) {
      assertDoesNotThrow(() -> dose(lot, 1, NOW), lot);
    }
    for (var lot : List.of("ff2587", "F", "-F2587", "FF 2587", "X".repeat(21), "FF2587\n", "")) {
      assertThrows(RecordRejected.class, () -> dose(lot, 1, NOW), lot);
    }
    assertThrows(RecordRejected.class, () -> dose(null, 1, NOW));
  }

  @Test
  void doseNumbersRunFromOneToNineAsInHcert() {
    assertDoesNotThrow(() -> dose("FF2587", 1, NOW));
    assertDoesNotThrow(() -> dose("FF2587", 9, NOW));
    assertThrows(RecordRejected.class, () -> dose("FF2587", 0, NOW));
    assertThrows(RecordRejected.class, () -> dose("FF2587", 10, NOW));
  }

  private static GivenDose dose(String lot, int number, Instant givenAt) {
    return new GivenDose(7, "PFIZER", lot, number, givenAt, 3);
  }
}
