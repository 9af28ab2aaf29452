package org.vaxline.booking.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vaxline.allocation.control.Allocation;
import org.vaxline.booking.entity.Booking;
import org.vaxline.booking.entity.Hold;
import org.vaxline.platform.control.Constraints;
import org.vaxline.platform.control.DomainException;
import org.vaxline.platform.control.GroupCommit;
import org.vaxline.platform.control.GroupCommit.Outcome;
import org.vaxline.waitingroom.control.AdmissionRefused;
import org.vaxline.waitingroom.control.Admissions;
import org.vaxline.waitingroom.control.BookingOverloaded;
import org.vaxline.waitingroom.entity.Admission;

/**
 * Confirms holds into bookings (issue 14). A confirmation is checked and spends its admission in
 * its own request thread, with no transaction open; then it joins its first slot's line, where the
 * confirmations waiting on this node are committed together in one short transaction ({@link
 * ConfirmationBatch}); then, committed, the batch's held seats become booked ones on the shared
 * counters, one step a slot for the whole batch. So a confirmed booking is never lost and never
 * beyond capacity, the first and second dose are booked both or neither, the admission ends spent
 * exactly when a booking committed, and one hot slot costs one transaction for many people instead
 * of a line of them on its row lock.
 *
 * <p>Every wait is bounded ({@link BookingBounds}): a confirmation not committed in time is
 * answered 503 with nothing done, its hold kept for the client's retry. A retry, on any node, of a
 * confirmation that did commit is answered from the booking rows, which name their hold.
 */
@ApplicationScoped
public class Bookings {

  private static final Logger LOG = Logger.getLogger(Bookings.class.getName());

  @Inject ConfirmationBatch batch;
  @Inject Allocation allocation;
  @Inject Holds holds;
  @Inject Admissions admissions;
  @Inject PersonBookings bookings;
  @Inject BookingBounds bounds;
  @Inject Clock clock;

  private GroupCommit<Long, PendingConfirmation, List<Booking>> lines;

  /** A hold's bookings, and whether they were made by an earlier request (a retry's answer). */
  public record Confirmed(List<Booking> bookings, boolean earlier) {}

  @PostConstruct
  void open() {
    lines =
        new GroupCommit<>(
            this::committed,
            Math.min(bounds.batchMax(), ConfirmationBatch.LARGEST),
            bounds.batchRunning().toNanos());
  }

  /**
   * The hold's bookings, new or made before by the same hold; or a refusal, after which the hold's
   * seats are given back at once (whatever went wrong, the person starts again from a slot), rather
   * than kept for the hold's 3 minutes. A 503 keeps the hold: the client tries again.
   */
  public Confirmed confirm(Hold hold, Admission admission) {
    var now = clock.instant();
    // Not asked of the counters whether they still hold the seats: a counter rebuilt meanwhile has
    // lost its holds, and the slot row's guarded update decides anyway. Two steps fewer, each a
    // round trip to the slot's owning member and a message to every node's board.
    if (!hold.isLive(now)) {
      return refused(hold, BookingRefused.holdExpired());
    }
    var pending = new PendingConfirmation(hold, rows(hold, now));
    boolean ours;
    try {
      ours =
          admissions.spend(admission, hold.id(), bounds.batchRunning().plus(bounds.confirmWait()));
    } catch (AdmissionRefused spentElsewhere) {
      return refused(hold, spentElsewhere);
    }
    if (!ours) {
      // Another request for this same hold is committing it (the client retried too soon).
      return earlier(hold).orElseThrow(BookingOverloaded::new);
    }
    Outcome<List<Booking>> outcome;
    try {
      outcome =
          lines.submit(pending.line(), pending, System.nanoTime() + bounds.confirmWait().toNanos());
    } catch (GroupCommit.NotStarted notStarted) {
      admissions.giveBack(admission, hold.id());
      throw new BookingOverloaded();
    } catch (GroupCommit.OutcomeUnknown unknown) {
      // It may yet commit: the admission stays spent on this hold, so a retry waits until the
      // batch is over, then learns the outcome from the booking rows.
      throw new BookingOverloaded();
    }
    if (outcome instanceof Outcome.Done<List<Booking>> done) {
      afterCommit(admission);
      return new Confirmed(done.value(), false);
    }
    var refusal = ((Outcome.Refused<List<Booking>>) outcome).refusal();
    admissions.giveBack(admission, hold.id());
    if (Constraints.isOverload(refusal)) {
      throw new BookingOverloaded(); // nothing committed; if the commit's answer was lost and it
      // did, the retry's rows meet their own unique key and it is answered from them
    }
    if (refusal instanceof DomainException) {
      return refused(hold, refusal);
    }
    throw refusal;
  }

  /**
   * A confirmation sent again for a hold that is gone (confirmed and forgotten, or expired): the
   * bookings it made, if {@code holder} made them.
   */
  public Optional<Confirmed> again(String hold, long holder) {
    var made = bookings.ofHold(hold);
    if (made.isEmpty() || made.get(0).bookedBy() != holder) {
      return Optional.empty();
    }
    return Optional.of(new Confirmed(made, true));
  }

  /** The booking rows the hold will be: one a dose, under one new confirmation number. */
  private List<Booking> rows(Hold hold, Instant now) {
    var confirmation = ConfirmationNumbers.next();
    return hold.doses().stream()
        .map(
            dose ->
                new Booking(
                    confirmation,
                    hold.person(),
                    hold.bookedBy(),
                    hold.campaign(),
                    allocation.slot(dose.slot()),
                    dose.dose(),
                    hold.id(),
                    now))
        .toList();
  }

  /**
   * The batch's work, with one retry when PostgreSQL broke a deadlock by failing it; once it has
   * committed, the booked holds become booked seats on the shared counters, one step a slot for the
   * whole batch (a hot slot's counter holds every live hold of the slot, and each step copies and
   * replicates it), and the holds are forgotten in one call.
   */
  private List<Outcome<List<Booking>>> committed(List<PendingConfirmation> pending) {
    List<Outcome<List<Booking>>> outcomes;
    try {
      outcomes = batch.commit(pending);
    } catch (RuntimeException e) {
      if (!Constraints.isDeadlock(e)) {
        throw e;
      }
      outcomes = batch.commit(pending);
    }
    var bySlot = new TreeMap<Long, List<String>>();
    var booked = new HashSet<String>();
    for (int i = 0; i < pending.size(); i++) {
      if (outcomes.get(i) instanceof Outcome.Done) {
        var hold = pending.get(i).hold();
        booked.add(hold.id());
        hold.doses()
            .forEach(
                dose -> bySlot.computeIfAbsent(dose.slot(), s -> new ArrayList<>()).add(hold.id()));
      }
    }
    try {
      bySlot.forEach(allocation::taken);
      holds.forgetAll(booked);
    } catch (RuntimeException e) {
      // The bookings are committed and must be answered as such; the counters are set right by
      // the consistency repair, and the holds expire by themselves.
      LOG.log(Level.WARNING, "Booked, but the shared counters were not updated", e);
    }
    return outcomes;
  }

  /**
   * Before any refusal, whether this hold was booked already, by a request whose answer the client
   * never got (its node died after the commit, say): then that booking is the answer, and what that
   * request left undone is done now.
   */
  private Confirmed refused(Hold hold, RuntimeException refusal) {
    var before = earlier(hold);
    if (before.isPresent()) {
      return before.get();
    }
    holds.release(hold);
    throw refusal;
  }

  private Optional<Confirmed> earlier(Hold hold) {
    var made = again(hold.id(), hold.bookedBy());
    made.ifPresent(
        confirmed -> {
          try {
            for (var dose : hold.doses()) {
              // Only while the counter still holds it: the first request may have got this far.
              if (allocation.holds(dose.slot(), hold.id())) {
                allocation.taken(dose.slot(), hold.id());
              }
            }
            holds.forget(hold);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Answered a booking again; the shared counters lag", e);
          }
        });
    return made;
  }

  /**
   * After the commit (its batch already booked the seats on the counters and forgot the hold),
   * outside any transaction: the ticket may be admitted again.
   */
  private void afterCommit(Admission admission) {
    try {
      admissions.finish(admission);
    } catch (RuntimeException e) {
      // The booking is committed and must be answered as such; the ticket's live admission
      // expires by itself.
      LOG.log(Level.WARNING, "Booked, but the ticket's admission was not finished", e);
    }
  }
}
