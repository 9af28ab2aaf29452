package org.vaxline.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.vaxline.allocation.control.Allocation;
import org.vaxline.booking.entity.Booking;
import org.vaxline.identity.control.People;
import org.vaxline.platform.control.AuditLog;
import org.vaxline.platform.control.GroupCommit.Outcome;
import org.vaxline.platform.control.GroupCommit.Shortage;
import org.vaxline.sms.control.SmsGateway;

/**
 * Commits a batch of confirmations in one transaction, in an order that keeps the slot rows locked
 * only at the very end (issue 14): first every booking row in one insert, where the unique keys
 * refuse a person who already holds the dose (or a hold already booked) without failing the others;
 * then every text message in one insert and the audit rows; last, for each slot, one guarded update
 * taking the seats of all accepted bookings on it, in slot id order, then the commit. The slot row,
 * the one row everyone's confirmations meet on, is locked for one statement and the commit, and no
 * shared-cache call happens in the transaction at all.
 */
@ApplicationScoped
public class ConfirmationBatch {

  /** Eleven parameters a row, and PostgreSQL takes 32,767 a statement. */
  private static final int COLUMNS = 11;

  /** How many confirmations one batch may hold: PostgreSQL's parameter limit, two doses each. */
  static final int LARGEST = Short.MAX_VALUE / (2 * COLUMNS);

  @PersistenceContext EntityManager em;
  @Inject Allocation allocation;
  @Inject People people;
  @Inject SmsGateway sms;
  @Inject AuditLog audit;
  @Inject BookingBounds bounds;

  /**
   * One outcome per confirmation, in order: its bookings, or refused as already booked (the caller
   * tells a hold booked before apart). When a slot has fewer seats left than the batch's accepted
   * bookings need, nothing is committed and {@link Shortage} asks for the confirmations one at a
   * time; a batch of one is refused as the slot refuses it.
   */
  @Transactional
  public List<Outcome<List<Booking>>> commit(List<PendingConfirmation> batch) {
    bounds.limit(em);
    var rows = new ArrayList<Booking>();
    var bookings = batch.stream().map(PendingConfirmation::doses).toList();
    bookings.forEach(rows::addAll);
    var inserted = insertNew(rows);
    var outcomes = new ArrayList<Outcome<List<Booking>>>();
    var accepted = new ArrayList<List<Booking>>();
    var partly = new ArrayList<String>();
    for (var doses : bookings) {
      var in = doses.stream().filter(row -> inserted.contains(key(row))).count();
      if (in == doses.size()) {
        accepted.add(doses);
        outcomes.add(new Outcome.Done<>(doses));
      } else {
        if (in > 0) {
          partly.add(doses.get(0).hold());
        }
        outcomes.add(new Outcome.Refused<>(BookingRefused.alreadyBooked()));
      }
    }
    deleteRows(partly);
    sendTexts(accepted);
    for (var doses : accepted) {
      var first = doses.get(0);
      if (first.bookedBy() != first.person()) {
        audit.record(
            String.valueOf(first.bookedBy()),
            "booking.for-relative",
            String.valueOf(first.person()),
            first.confirmation());
      }
    }
    takeSeats(accepted, batch.size());
    return outcomes;
  }

  /**
   * Inserts the rows, skipping each that a unique key refuses, in person order so that two batches
   * waiting on each other's uncommitted keys always wait the same way round (no deadlock). Returns
   * the keys of the rows inserted.
   */
  private Set<String> insertNew(List<Booking> rows) {
    var sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingLong(Booking::person).thenComparingInt(Booking::dose));
    var insert =
        em.createNativeQuery(
            "insert into booking (confirmation, person_id, booked_by, campaign_id, slot_id,"
                + " clinic_id, starts_at, product_code, dose_number, booked_at, hold_id) values "
                + String.join(",", Collections.nCopies(sorted.size(), "(?,?,?,?,?,?,?,?,?,?,?)"))
                + " on conflict do nothing returning hold_id, dose_number");
    int parameter = 1;
    for (var row : sorted) {
      insert.setParameter(parameter++, row.confirmation());
      insert.setParameter(parameter++, row.person());
      insert.setParameter(parameter++, row.bookedBy());
      insert.setParameter(parameter++, row.campaign());
      insert.setParameter(parameter++, row.slot());
      insert.setParameter(parameter++, row.clinic());
      insert.setParameter(parameter++, Timestamp.from(row.startsAt()));
      insert.setParameter(parameter++, row.product());
      insert.setParameter(parameter++, row.dose());
      insert.setParameter(parameter++, Timestamp.from(row.bookedAt()));
      insert.setParameter(parameter++, row.hold());
    }
    var keys = new HashSet<String>();
    for (var returned : insert.getResultList()) {
      var columns = (Object[]) returned;
      keys.add(columns[0] + ":" + ((Number) columns[1]).intValue());
    }
    return keys;
  }

  private static String key(Booking row) {
    return row.hold() + ":" + row.dose();
  }

  /** A confirmation whose first dose went in but not its second books neither. */
  private void deleteRows(List<String> holds) {
    if (!holds.isEmpty()) {
      em.createNativeQuery("delete from booking where hold_id = any(?)")
          .setParameter(1, holds.toArray(String[]::new))
          .executeUpdate();
    }
  }

  private void sendTexts(List<List<Booking>> accepted) {
    var phones = people.phones(accepted.stream().map(doses -> doses.get(0).person()).toList());
    sms.sendAll(
        accepted.stream()
            .map(
                doses ->
                    new SmsGateway.Text(
                        phones.get(doses.get(0).person()),
                        BookingTexts.confirmed(doses),
                        doses.get(0).confirmation()))
            .toList());
  }

  /** Last: one guarded update a slot, in slot id order, as every seat-moving transaction does. */
  private void takeSeats(List<List<Booking>> accepted, int batchSize) {
    var seats = new TreeMap<Long, Integer>();
    accepted.forEach(doses -> doses.forEach(row -> seats.merge(row.slot(), 1, Integer::sum)));
    for (var slot : seats.entrySet()) {
      if (!allocation.takeSeats(slot.getKey(), slot.getValue())) {
        if (batchSize > 1) {
          throw new Shortage("slot " + slot.getKey() + " has fewer than " + slot.getValue());
        }
        throw allocation.refusalOf(slot.getKey());
      }
    }
  }
}
