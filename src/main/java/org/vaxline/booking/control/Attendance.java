package org.vaxline.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.vaxline.allocation.control.Allocation;
import org.vaxline.booking.entity.Booking;

/**
 * The booking feature's public service for the clinic that gives a dose: who a confirmation number
 * belongs to, and what a dose given does to the person's booking of that dose. The registry calls
 * it inside the transaction that records the dose, so the record and the booking change together.
 */
@ApplicationScoped
public class Attendance {

  /** What the dose did to the booking. */
  public enum Outcome {
    /** Given at the booked clinic: the booking is complete. */
    GIVEN,
    /** Given at another clinic: the booking is cancelled and its seat given back. */
    RELEASED
  }

  /** The booking a dose settled; {@code slot} is the seat a release gives back. */
  public record Visit(String confirmation, Outcome outcome, long slot) {}

  @PersistenceContext EntityManager em;
  @Inject Allocation allocation;
  @Inject Clock clock;

  /** The person a confirmation number was issued for. */
  @Transactional
  public Optional<Long> personOf(String confirmation) {
    return em.createQuery(
            "select b.person from Booking b where b.confirmation = :confirmation", Long.class)
        .setParameter("confirmation", confirmation)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * Settles the person's live booking of this dose, if there is one (see {@link Booking#givenAt}).
   * A release gives the seat back in the database here; {@link #settled} then gives it back in the
   * shared counters, once the caller's transaction has committed.
   */
  @Transactional
  public Optional<Visit> given(long person, int dose, long clinic) {
    var booked =
        em.createQuery(
                "select b from Booking b where b.person = :person and b.dose = :dose"
                    + " and b.status = :booked",
                Booking.class)
            .setParameter("person", person)
            .setParameter("dose", dose)
            .setParameter("booked", Booking.Status.BOOKED)
            .getResultStream()
            .findFirst();
    return booked.map(
        booking -> {
          var here = booking.givenAt(clinic, clock.instant());
          if (!here) {
            allocation.giveBack(booking.slot());
          }
          em.merge(booking);
          return new Visit(
              booking.confirmation(), here ? Outcome.GIVEN : Outcome.RELEASED, booking.slot());
        });
  }

  /** After the commit: a released seat is free again in every node's counters. */
  public void settled(Visit visit) {
    if (visit.outcome() == Outcome.RELEASED) {
      allocation.givenBack(visit.slot());
    }
  }
}
