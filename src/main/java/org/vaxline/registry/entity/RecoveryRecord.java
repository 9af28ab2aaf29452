package org.vaxline.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.vaxline.pass.verifier.Recovery;

/** A release from isolation (격리해제), as the registry holds it (db/V9 {@code recovery}). */
@Entity
@Table(name = "recovery")
public class RecoveryRecord extends RegistryRecord {

  @Column(name = "first_positive")
  LocalDate firstPositive;

  LocalDate released;

  protected RecoveryRecord() {}

  public RecoveryRecord(
      long person,
      LocalDate firstPositive,
      LocalDate released,
      long clinic,
      Instant recordedAt,
      String recordedBy) {
    super(person, clinic, recordedAt, recordedBy);
    this.firstPositive = firstPositive;
    this.released = released;
  }

  /**
   * The input of the pass rules. Korea's isolation-release certificate names no end of its own
   * validity; the rules give it its 180 days.
   */
  public Recovery recovery() {
    return new Recovery(firstPositive, released, null);
  }
}
