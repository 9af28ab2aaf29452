package org.vaxline.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.vaxline.allocation.entity.SlotFacts;
import org.vaxline.platform.control.KoreaTime;

/** One dose booked for one person (db/V7); the doses of one step share a confirmation number. */
@Entity
public class Booking {

  /** BOOKED until the dose is given (GIVEN, recorded by the clinic) or the booking cancelled. */
  public enum Status {
    BOOKED,
    CANCELLED,
    GIVEN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  String confirmation;

  @Column(name = "person_id")
  long person;

  @Column(name = "booked_by")
  long bookedBy;

  @Column(name = "campaign_id")
  long campaign;

  @Column(name = "slot_id")
  long slot;

  @Column(name = "clinic_id")
  long clinic;

  @Column(name = "starts_at")
  Instant startsAt;

  @Column(name = "product_code")
  String product;

  @Column(name = "dose_number")
  int dose;

  @Enumerated(EnumType.STRING)
  Status status;

  @Column(name = "booked_at")
  Instant bookedAt;

  @Column(name = "changed_at")
  Instant changedAt;

  @Column(name = "cancelled_at")
  Instant cancelledAt;

  @Column(name = "reminded_at")
  Instant remindedAt;

  /** The hold this booking confirmed (db/V11): a confirmation sent again is answered from it. */
  @Column(name = "hold_id")
  String hold;

  protected Booking() {}

  public Booking(
      String confirmation,
      long person,
      long bookedBy,
      long campaign,
      SlotFacts slot,
      int dose,
      String hold,
      Instant now) {
    this.confirmation = confirmation;
    this.person = person;
    this.bookedBy = bookedBy;
    this.campaign = campaign;
    this.slot = slot.id();
    this.clinic = slot.clinic();
    this.startsAt = slot.startsAt();
    this.product = slot.product();
    this.dose = dose;
    this.status = Status.BOOKED;
    this.hold = hold;
    this.bookedAt = now;
  }

  public boolean isBooked() {
    return status == Status.BOOKED;
  }

  /** Moves the dose to another slot; the caller moves the seats. */
  public void moveTo(SlotFacts newSlot, Instant now) {
    slot = newSlot.id();
    clinic = newSlot.clinic();
    startsAt = newSlot.startsAt();
    changedAt = now;
  }

  public BookedDose held() {
    return new BookedDose(dose, product, KoreaTime.date(startsAt));
  }

  public long clinic() {
    return clinic;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public void reminded(Instant now) {
    remindedAt = now;
  }

  public long bookedBy() {
    return bookedBy;
  }

  /**
   * The booked dose has been given at {@code givenAt}, the clinic recording it: at the booked
   * clinic the booking is done (GIVEN), whatever the product, since the person took the seat and a
   * clinic that swaps products (as mRNA vaccines were in 2021) answers for that in the registry,
   * not here. Given elsewhere, the seat was never used: the booking is cancelled so its seat can be
   * given back. Returns whether it was given here.
   */
  public boolean givenAt(long givingClinic, Instant now) {
    if (givingClinic == clinic) {
      status = Status.GIVEN;
      return true;
    }
    cancel(now);
    return false;
  }

  public void cancel(Instant now) {
    status = Status.CANCELLED;
    cancelledAt = now;
  }

  public long slot() {
    return slot;
  }

  public int dose() {
    return dose;
  }

  public long person() {
    return person;
  }

  public long campaign() {
    return campaign;
  }

  public String product() {
    return product;
  }

  public String confirmation() {
    return confirmation;
  }

  public Status status() {
    return status;
  }

  public Instant bookedAt() {
    return bookedAt;
  }

  public String hold() {
    return hold;
  }
}
