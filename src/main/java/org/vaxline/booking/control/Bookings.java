package org.vaxline.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vaxline.allocation.control.Allocation;
import org.vaxline.booking.entity.Booking;
import org.vaxline.booking.entity.Hold;
import org.vaxline.booking.entity.Hold.HeldDose;
import org.vaxline.identity.control.People;
import org.vaxline.identity.control.SmsGateway;
import org.vaxline.platform.control.AuditLog;
import org.vaxline.platform.control.Constraints;
import org.vaxline.waitingroom.control.Admissions;
import org.vaxline.waitingroom.entity.Admission;

/**
 * Confirms holds into bookings. Everything that must hold together commits in one transaction: each
 * dose's seat taken by the guarded update, the booking rows, the admission spent, and the text
 * message in the outbox; so a confirmed booking is never lost and never beyond capacity, and the
 * first and second dose are booked both or neither. Only then do the shared counters turn the held
 * seats into booked ones.
 */
@ApplicationScoped
public class Bookings {

  private static final Logger LOG = Logger.getLogger(Bookings.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Bookings self;
  @Inject Allocation allocation;
  @Inject Holds holds;
  @Inject Admissions admissions;
  @Inject People people;
  @Inject SmsGateway sms;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * The booking, or a refusal; after a refusal the hold's seats are given back at once (whatever
   * went wrong, the person starts again from a slot), rather than kept for the hold's 3 minutes.
   */
  public List<Booking> confirm(Hold hold, Admission admission) {
    List<Booking> booked;
    try {
      booked = committed(hold, admission);
    } catch (RuntimeException e) {
      holds.release(hold);
      if (Constraints.isUniqueViolation(e)) {
        throw BookingRefused.alreadyBooked(); // however late the database said so
      }
      throw e;
    }
    try {
      for (var dose : hold.doses()) {
        allocation.taken(dose.slot(), hold.id());
      }
      holds.forget(hold);
    } catch (RuntimeException e) {
      // The booking is committed and must be answered as such; the counters are set right by
      // the consistency repair, and the hold expires by itself.
      LOG.log(Level.WARNING, "Booked, but the shared counters were not updated", e);
    }
    return booked;
  }

  /**
   * The same person confirming on two nodes at once writes the same two unique keys in two
   * transactions, and EclipseLink writes a flush's new rows in no fixed order: PostgreSQL then
   * breaks the deadlock by failing one side. That side, rolled back whole, tries once more, and
   * waits for the other: it is refused as already booked, or books if the other rolled back.
   */
  private List<Booking> committed(Hold hold, Admission admission) {
    try {
      return self.commit(hold, admission);
    } catch (RuntimeException e) {
      if (!Constraints.isDeadlock(e)) {
        throw e;
      }
      return self.commit(hold, admission);
    }
  }

  @Transactional
  public List<Booking> commit(Hold hold, Admission admission) {
    var now = clock.instant();
    if (!hold.isLive(now)) {
      throw BookingRefused.holdExpired();
    }
    for (var dose : hold.doses()) {
      if (!allocation.holds(dose.slot(), hold.id())) {
        throw BookingRefused.holdExpired();
      }
    }
    // Seats are locked in slot id order by every transaction that moves seats (changes and
    // cancellations too), so two bookings never wait on each other's slots.
    hold.doses().stream().mapToLong(HeldDose::slot).sorted().forEach(allocation::take);
    // Rows after seats: a seat's guarded update would flush a pending row, and its unique key
    // refusal must come from flush() below, before the admission is spent.
    var confirmation = ConfirmationNumbers.next();
    var booked = new ArrayList<Booking>();
    for (var dose : hold.doses()) {
      var booking =
          new Booking(
              confirmation,
              hold.person(),
              hold.bookedBy(),
              hold.campaign(),
              allocation.slot(dose.slot()),
              dose.dose(),
              now);
      em.persist(booking);
      booked.add(booking);
    }
    flush();
    admissions.spend(admission);
    sms.send(people.phone(hold.person()), BookingTexts.confirmed(booked), confirmation);
    if (hold.bookedBy() != hold.person()) {
      audit.record(
          String.valueOf(hold.bookedBy()),
          "booking.for-relative",
          String.valueOf(hold.person()),
          confirmation);
    }
    return booked;
  }

  /** Writes now, so a second live booking for the same dose is refused here, by its own name. */
  private void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (Constraints.isUniqueViolation(e)) {
        throw BookingRefused.alreadyBooked();
      }
      throw e;
    }
  }
}
