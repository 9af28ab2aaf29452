package org.vaxline.allocation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vaxline.allocation.entity.Slot;
import org.vaxline.allocation.entity.SlotFacts;

/**
 * The slot table: PostgreSQL is the truth about capacity and bookings. Seats move only by guarded
 * updates, in the caller's transaction, so a booking row and the seat it takes commit together or
 * not at all, and no interleaving of nodes can push {@code booked} past {@code capacity}.
 */
@ApplicationScoped
public class SlotLedger {

  private static final int ROWS_PER_INSERT = 500;

  @PersistenceContext EntityManager em;

  /**
   * Takes {@code seats} seats if that many are left and operators have not stopped the slot's
   * product; none and false if not ({@link #suspendedNow} tells which). One statement: it locks the
   * slot's row until the caller commits, so callers make it their last before the commit. Joins the
   * caller's transaction.
   */
  @Transactional(TxType.MANDATORY)
  public boolean take(long slot, int seats) {
    return em.createNativeQuery(
                "update slot set booked = booked + ? where id = ? and booked + ? <= capacity and"
                    + " not exists (select 1 from product_supply p where p.product_code ="
                    + " slot.product_code and p.suspended)")
            .setParameter(1, seats)
            .setParameter(2, slot)
            .setParameter(3, seats)
            .executeUpdate()
        == 1;
  }

  /** Gives a seat back. Joins the caller's transaction. */
  @Transactional(TxType.MANDATORY)
  public void giveBack(long slot) {
    em.createNativeQuery("update slot set booked = booked - 1 where id = ? and booked > 0")
        .setParameter(1, slot)
        .executeUpdate();
  }

  /** Whether operators stopped the product, as the caller's transaction sees it. */
  @Transactional(TxType.MANDATORY)
  public boolean suspendedNow(String product) {
    return !em.createNativeQuery(
            "select 1 from product_supply where product_code = ? and suspended")
        .setParameter(1, product)
        .getResultList()
        .isEmpty();
  }

  /**
   * Adds slots, several hundred rows a statement (opening seven weeks for a clinic is thousands of
   * rows; one insert each took half a minute for the demo's eighteen clinics). The caller's
   * transaction commits them.
   */
  @Transactional(TxType.MANDATORY)
  public void open(List<Allocation.NewSlot> slots, Instant now) {
    for (int from = 0; from < slots.size(); from += ROWS_PER_INSERT) {
      var chunk = slots.subList(from, Math.min(slots.size(), from + ROWS_PER_INSERT));
      var insert =
          em.createNativeQuery(
              "insert into slot (campaign_id, clinic_id, product_code, starts_at, ends_at,"
                  + " capacity, revised_at) values "
                  + String.join(
                      ",", java.util.Collections.nCopies(chunk.size(), "(?,?,?,?,?,?,?)")));
      int parameter = 1;
      for (var slot : chunk) {
        insert.setParameter(parameter++, slot.campaign());
        insert.setParameter(parameter++, slot.clinic());
        insert.setParameter(parameter++, slot.product());
        insert.setParameter(parameter++, java.sql.Timestamp.from(slot.startsAt()));
        insert.setParameter(parameter++, java.sql.Timestamp.from(slot.endsAt()));
        insert.setParameter(parameter++, slot.capacity());
        insert.setParameter(parameter++, java.sql.Timestamp.from(now));
      }
      insert.executeUpdate();
    }
  }

  /** Raises a slot's capacity (never lowers it: its seats may be booked). */
  @Transactional(TxType.MANDATORY)
  public void raise(long slot, int capacity, Instant now) {
    em.createNativeQuery(
            "update slot set capacity = ?, revised_at = ? where id = ? and capacity < ?")
        .setParameter(1, capacity)
        .setParameter(2, java.sql.Timestamp.from(now))
        .setParameter(3, slot)
        .setParameter(4, capacity)
        .executeUpdate();
  }

  /** Every slot of the clinic that has not ended before {@code since}. */
  @Transactional
  public List<Slot> ofClinic(long clinic, Instant since) {
    return em.createQuery(
            "select s from Slot s where s.clinic = :clinic and s.endsAt > :since", Slot.class)
        .setParameter("clinic", clinic)
        .setParameter("since", since)
        .getResultList();
  }

  /** Capacity and bookings of each slot, as {@code int[]{capacity, booked}}. */
  @Transactional
  public Map<Long, int[]> counts(Collection<Long> slots) {
    var counts = new HashMap<Long, int[]>();
    if (slots.isEmpty()) {
      return counts;
    }
    List<?> rows =
        em.createNativeQuery("select id, capacity, booked from slot where id = any(?)")
            .setParameter(1, slots.toArray(Long[]::new))
            .getResultList();
    for (var row : rows) {
      var columns = (Object[]) row;
      counts.put(
          ((Number) columns[0]).longValue(),
          new int[] {((Number) columns[1]).intValue(), ((Number) columns[2]).intValue()});
    }
    return counts;
  }

  /** Slots revised after {@code since} that end after {@code horizon}, oldest revision first. */
  @Transactional
  public List<SlotFacts> revisedSince(Instant since, Instant horizon) {
    return em.createQuery(
            "select s from Slot s where s.revisedAt > :since and s.endsAt > :horizon"
                + " order by s.revisedAt",
            Slot.class)
        .setParameter("since", since)
        .setParameter("horizon", horizon)
        .getResultStream()
        .map(Slot::facts)
        .toList();
  }

  @Transactional
  public Set<String> suspendedProducts() {
    List<?> rows =
        em.createNativeQuery("select product_code from product_supply where suspended")
            .getResultList();
    return Set.copyOf(rows.stream().map(String::valueOf).toList());
  }
}
