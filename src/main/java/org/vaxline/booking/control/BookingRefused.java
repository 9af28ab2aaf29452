package org.vaxline.booking.control;

import org.vaxline.platform.control.DomainException;

/** A booking step the rules do not allow; each kind has its own problem type. */
public class BookingRefused extends DomainException {

  private BookingRefused(String slug, String title, int status, String detail) {
    super(slug, title, status, detail);
  }

  static BookingRefused otherCampaign() {
    return new BookingRefused(
        "slot-other-campaign",
        "Slot of another campaign",
        422,
        "This slot belongs to another campaign than the one you were admitted to.");
  }

  static BookingRefused inThePast() {
    return new BookingRefused(
        "slot-in-past", "Slot has begun", 422, "This slot has already begun; choose a later one.");
  }

  static BookingRefused notEligible(String reason) {
    return new BookingRefused(
        "not-eligible",
        "Not eligible",
        403,
        "The campaign does not admit this person now (" + reason + ").");
  }

  static BookingRefused productNotAllowed(String product, int minAge) {
    return new BookingRefused(
        "product-not-allowed",
        "Product not allowed",
        403,
        product + " is given only from the age of " + minAge + ".");
  }

  static BookingRefused alreadyBooked() {
    return new BookingRefused(
        "already-booked",
        "Already booked",
        409,
        "This person already holds a booking for this dose.");
  }

  static BookingRefused seriesComplete() {
    return new BookingRefused(
        "series-complete", "Nothing to book", 409, "This person's doses are all booked or given.");
  }

  static BookingRefused outsideInterval(String dose, String from, String until) {
    return new BookingRefused(
        "dose-interval",
        "Outside the dose interval",
        422,
        "The " + dose + " must be given from " + from + " to " + until + " (Korean dates).");
  }

  static BookingRefused secondDoseUnavailable() {
    return new BookingRefused(
        "second-dose-unavailable",
        "No second-dose slot",
        409,
        "No slot is free for the second dose at this clinic within the allowed interval; choose"
            + " another clinic or date.");
  }

  static BookingRefused secondDoseMismatch() {
    return new BookingRefused(
        "second-dose-slot-invalid",
        "Second-dose slot not valid",
        422,
        "The second dose is given at the same clinic, with the same product, in the same campaign.");
  }

  static BookingRefused otherProduct() {
    return new BookingRefused(
        "product-mismatch",
        "Another product",
        422,
        "A booked dose moves only to a slot of the same product.");
  }

  static BookingRefused holdExpired() {
    return new BookingRefused(
        "hold-expired",
        "Hold expired",
        410,
        "The seats were held for 3 minutes and have been given back; choose a slot again.");
  }

  static BookingRefused notFound() {
    return new BookingRefused(
        "booking-not-found", "No such booking", 404, "There is no such booking of yours.");
  }

  static BookingRefused notChangeable() {
    return new BookingRefused(
        "booking-not-changeable",
        "Booking cannot be changed",
        409,
        "Only a booked dose whose time has not begun can be changed or cancelled.");
  }
}
