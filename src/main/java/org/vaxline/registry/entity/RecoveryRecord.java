package org.vaxline.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.vaxline.pass.verifier.Recovery;

/** A release from isolation (격리해제), as the registry holds it (db/V9 {@code recovery}). */
@Entity
@Table(name = "recovery")
public class RecoveryRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "person_id")
  long person;

  @Column(name = "first_positive")
  LocalDate firstPositive;

  LocalDate released;

  @Column(name = "clinic_id")
  long clinic;

  @Column(name = "recorded_at")
  Instant recordedAt;

  @Column(name = "recorded_by")
  String recordedBy;

  protected RecoveryRecord() {}

  public RecoveryRecord(
      long person,
      LocalDate firstPositive,
      LocalDate released,
      long clinic,
      Instant recordedAt,
      String recordedBy) {
    this.person = person;
    this.firstPositive = firstPositive;
    this.released = released;
    this.clinic = clinic;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  public long id() {
    return id;
  }

  /**
   * The input of the pass rules. Korea's isolation-release certificate names no end of its own
   * validity; the rules give it its 180 days.
   */
  public Recovery recovery() {
    return new Recovery(firstPositive, released, null);
  }
}
