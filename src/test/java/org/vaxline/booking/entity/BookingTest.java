package org.vaxline.booking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vaxline.allocation.entity.SlotFacts;

class BookingTest {

  private static final Instant STARTS = Instant.parse("2021-10-01T01:00:00Z");
  private static final long CLINIC = 11;

  @Test
  void aDoseGivenAtTheBookedClinicCompletesTheBooking() {
    var booking = booked();
    assertTrue(booking.givenAt(CLINIC, STARTS));
    assertEquals(Booking.Status.GIVEN, booking.status());
  }

  @Test
  void aDoseGivenAtAnotherClinicCancelsTheBookingSoItsSeatCanBeGivenBack() {
    var booking = booked();
    assertFalse(booking.givenAt(CLINIC + 1, STARTS));
    assertEquals(Booking.Status.CANCELLED, booking.status());
  }

  private static Booking booked() {
    var slot = new SlotFacts(5, 1, CLINIC, "PFIZER", STARTS, STARTS.plusSeconds(3600), 12);
    return new Booking("34679ABCDE", 7, 7, 1, slot, 1, "hold", STARTS.minusSeconds(86_400));
  }
}
