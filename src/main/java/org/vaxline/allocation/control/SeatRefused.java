package org.vaxline.allocation.control;

import org.vaxline.platform.control.DomainException;

/** A seat that cannot be had: no such slot, the slot is full, or the product's supply ran out. */
public class SeatRefused extends DomainException {

  private SeatRefused(String slug, String title, int status, String detail) {
    super(slug, title, status, detail);
  }

  public static SeatRefused unknown(long slot) {
    return new SeatRefused(
        "slot-not-found", "No such slot", 404, "There is no upcoming slot " + slot + ".");
  }

  static SeatRefused full(long slot) {
    return new SeatRefused(
        "slot-full",
        "Slot fully booked",
        409,
        "Slot " + slot + " has no seat left; choose another time or clinic.");
  }

  static SeatRefused supplyExhausted(String product) {
    return new SeatRefused(
        "supply-exhausted",
        "Vaccine supply exhausted",
        409,
        "No more " + product + " doses can be booked: the supply has run out.");
  }
}
