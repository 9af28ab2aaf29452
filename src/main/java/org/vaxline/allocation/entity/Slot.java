package org.vaxline.allocation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A slot row (db/V7). Its {@code booked} column is moved only by the guarded updates in {@link
 * org.vaxline.allocation.control.SlotLedger}, never through this entity, so an entity read earlier
 * in a transaction can never write back a stale count.
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

  public Slot(
      long campaign,
      long clinic,
      String product,
      Instant startsAt,
      Instant endsAt,
      int capacity,
      Instant now) {
    if (!endsAt.isAfter(startsAt) || capacity < 0) {
      throw new IllegalArgumentException("a slot ends after it starts and offers 0 or more seats");
    }
    this.campaign = campaign;
    this.clinic = clinic;
    this.product = product;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.capacity = capacity;
    this.revisedAt = now;
  }

  public long id() {
    return id;
  }

  public SlotFacts facts() {
    return new SlotFacts(id, campaign, clinic, product, startsAt, endsAt, capacity);
  }

  public int booked() {
    return booked;
  }

  public Instant revisedAt() {
    return revisedAt;
  }
}
