package org.vaxline.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.vaxline.booking.entity.BookedDose;
import org.vaxline.booking.entity.Booking;

/** A person's bookings, as the booking rules and the person's own list need them. */
@ApplicationScoped
public class PersonBookings {

  /** EclipseLink's hint: the entities are not registered for changes (no clones made). */
  private static final String READ_ONLY = "eclipselink.read-only";

  @PersistenceContext EntityManager em;

  /**
   * The doses the person holds: booked or given, not cancelled. Every hold asks this, so it reads
   * only those rows, read-only (nothing to track for changes), and outside a transaction (no commit
   * round trip); inside a caller's transaction it reads in that one.
   */
  public List<BookedDose> held(long person) {
    return em
        .createQuery(
            "select b from Booking b where b.person = :person and b.status <> :cancelled",
            Booking.class)
        .setParameter("person", person)
        .setParameter("cancelled", Booking.Status.CANCELLED)
        .setHint(READ_ONLY, true)
        .getResultList()
        .stream()
        .map(Booking::held)
        .toList();
  }

  /**
   * The doses a hold was booked as, if it was: answering a confirmation sent again. In a
   * transaction of its own, since the shared cache is called after it on the same thread (see
   * manuals/architecture.md on JCache after a non-transactional read).
   */
  @Transactional
  public List<Booking> ofHold(String hold) {
    return em.createQuery(
            "select b from Booking b where b.hold = :hold order by b.dose", Booking.class)
        .setParameter("hold", hold)
        .setHint(READ_ONLY, true)
        .getResultList();
  }

  /** Every booking of the person, newest first. */
  @Transactional
  public List<Booking> all(long person) {
    return em.createQuery(
            "select b from Booking b where b.person = :person order by b.bookedAt desc, b.dose",
            Booking.class)
        .setParameter("person", person)
        .getResultList();
  }

  /** The doses booked in one step, if the person is theirs. */
  @Transactional
  public List<Booking> confirmation(String confirmation, long person) {
    var doses =
        em.createQuery(
                "select b from Booking b where b.confirmation = :confirmation order by b.dose",
                Booking.class)
            .setParameter("confirmation", confirmation)
            .getResultList();
    if (doses.isEmpty() || doses.get(0).person() != person) {
      throw BookingRefused.notFound();
    }
    return doses;
  }
}
