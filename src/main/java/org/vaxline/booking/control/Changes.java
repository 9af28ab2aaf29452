package org.vaxline.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.vaxline.allocation.control.Allocation;
import org.vaxline.allocation.entity.SlotFacts;
import org.vaxline.booking.entity.Booking;
import org.vaxline.booking.entity.Hold;
import org.vaxline.identity.control.People;
import org.vaxline.platform.control.Constraints;
import org.vaxline.platform.control.KoreaTime;
import org.vaxline.sms.control.SmsGateway;
import org.vaxline.vaccine.control.VaccineProducts;
import org.vaxline.waitingroom.control.BookingOverloaded;

/**
 * Changing and cancelling. A change holds the new seat first, then in one transaction takes it and
 * gives the old one back, so the person never has both seats, nor neither. Cancelling gives back
 * every dose of the confirmation that is still to come.
 */
@ApplicationScoped
public class Changes {

  @PersistenceContext EntityManager em;
  @Inject Changes self;
  @Inject PersonBookings bookings;
  @Inject Holds holds;
  @Inject Allocation allocation;
  @Inject VaccineProducts vaccines;
  @Inject People people;
  @Inject SmsGateway sms;
  @Inject BookingBounds bounds;
  @Inject Clock clock;

  /** Moves one dose to another slot of the same campaign and product; the moved booking. */
  public Booking change(String confirmation, int dose, long slot, long person) {
    var now = clock.instant();
    var doses = bookings.confirmation(confirmation, person);
    var booking = changeable(doses, dose, now);
    var target = holds.checkedSlot(slot, booking.campaign(), now);
    if (!target.product().equals(booking.product())) {
      throw BookingRefused.otherProduct();
    }
    requireIntervalKept(doses, booking, target);
    var hold = "change-" + UUID.randomUUID();
    allocation.hold(target.id(), hold, now.plus(Hold.LIFETIME));
    long left;
    try {
      left = self.move(confirmation, dose, target, person);
    } catch (RuntimeException e) {
      allocation.release(target.id(), hold);
      throw overloadOr(e);
    }
    allocation.taken(target.id(), hold);
    allocation.givenBack(left);
    return changeable(bookings.confirmation(confirmation, person), dose, now);
  }

  @Transactional
  public long move(String confirmation, int dose, SlotFacts target, long person) {
    bounds.limit(em);
    var now = clock.instant();
    var booking = changeable(bookings.confirmation(confirmation, person), dose, now);
    var left = booking.slot();
    booking.moveTo(target, now);
    em.merge(booking);
    sms.send(people.phone(booking.person()), BookingTexts.changed(booking), confirmation);
    em.flush();
    // The slot rows last, so they stay locked only until the commit (ConfirmationBatch), and in
    // id order, as every seat-moving transaction takes them: two people swapping slots at once
    // would otherwise wait on each other. One transaction, so a refused take undoes the rest.
    if (target.id() < left) {
      allocation.take(target.id());
      allocation.giveBack(left);
    } else {
      allocation.giveBack(left);
      allocation.take(target.id());
    }
    return left;
  }

  /** Cancels every dose of the confirmation still to come; their seats are free again. */
  public List<Booking> cancel(String confirmation, long person) {
    List<Booking> cancelled;
    try {
      cancelled = self.cancelled(confirmation, person);
    } catch (RuntimeException e) {
      throw overloadOr(e);
    }
    cancelled.forEach(booking -> allocation.givenBack(booking.slot()));
    return cancelled;
  }

  @Transactional
  public List<Booking> cancelled(String confirmation, long person) {
    bounds.limit(em);
    var now = clock.instant();
    var toCancel =
        bookings.confirmation(confirmation, person).stream()
            .filter(booking -> booking.isBooked() && now.isBefore(booking.startsAt()))
            .toList();
    if (toCancel.isEmpty()) {
      throw BookingRefused.notChangeable();
    }
    for (var booking : toCancel) {
      booking.cancel(now);
      em.merge(booking);
    }
    sms.send(people.phone(person), BookingTexts.cancelled(toCancel), confirmation);
    em.flush();
    // Last and in slot id order, as every seat-moving transaction locks slots (ConfirmationBatch).
    toCancel.stream().mapToLong(Booking::slot).sorted().forEach(allocation::giveBack);
    return toCancel;
  }

  /** A step the database could not finish in its bounds is a "try again", not a server error. */
  private static RuntimeException overloadOr(RuntimeException failure) {
    return Constraints.isOverload(failure) ? new BookingOverloaded() : failure;
  }

  private static Booking changeable(List<Booking> doses, int dose, Instant now) {
    return doses.stream()
        .filter(booking -> booking.dose() == dose)
        .filter(Booking::isBooked)
        .filter(booking -> now.isBefore(booking.startsAt()))
        .findFirst()
        .orElseThrow(BookingRefused::notChangeable);
  }

  /** The doses of one series keep their interval: the first against the second, and back. */
  private void requireIntervalKept(List<Booking> doses, Booking moving, SlotFacts target) {
    var schedule = holds.schedule(moving.product());
    var newDate = KoreaTime.date(target.startsAt());
    for (var other : doses) {
      if (other == moving || other.status() == Booking.Status.CANCELLED) {
        continue;
      }
      var otherDate = KoreaTime.date(other.startsAt());
      var earlier = other.dose() < moving.dose() ? otherDate : newDate;
      var later = other.dose() < moving.dose() ? newDate : otherDate;
      if (later.isBefore(schedule.nextDoseFrom(earlier))
          || later.isAfter(schedule.nextDoseUntil(earlier))) {
        throw BookingRefused.outsideInterval(
            "second dose",
            schedule.nextDoseFrom(earlier).toString(),
            schedule.nextDoseUntil(earlier).toString());
      }
    }
  }
}
