package org.vaxline.allocation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A slot row (db/V7), read-only here: slots are added, and their seats moved, only by the
 * statements of {@link org.vaxline.allocation.control.SlotLedger} (guarded updates for seats), so
 * an entity read earlier in a transaction can never write back a stale count.
 */
@Entity
public class Slot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "campaign_id")
  long campaign;

  @Column(name = "clinic_id")
  long clinic;

  @Column(name = "product_code")
  String product;

  @Column(name = "starts_at")
  Instant startsAt;

  @Column(name = "ends_at")
  Instant endsAt;

  int capacity;

  @Column(insertable = false, updatable = false)
  int booked;

  @Column(name = "revised_at")
  Instant revisedAt;

  protected Slot() {}

  public long id() {
    return id;
  }

  public SlotFacts facts() {
    return new SlotFacts(id, campaign, clinic, product, startsAt, endsAt, capacity);
  }

  public int booked() {
    return booked;
  }
}
