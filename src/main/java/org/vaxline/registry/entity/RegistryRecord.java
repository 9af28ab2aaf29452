package org.vaxline.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every registry record holds besides what it records (db/V9): whose it is, the clinic that
 * recorded it, when and by whom. Records are never changed once written.
 */
@MappedSuperclass
abstract class RegistryRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "person_id")
  long person;

  @Column(name = "clinic_id")
  long clinic;

  @Column(name = "recorded_at")
  Instant recordedAt;

  @Column(name = "recorded_by")
  String recordedBy;

  protected RegistryRecord() {}

  RegistryRecord(long person, long clinic, Instant recordedAt, String recordedBy) {
    this.person = person;
    this.clinic = clinic;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  public long id() {
    return id;
  }

  public long clinic() {
    return clinic;
  }
}
