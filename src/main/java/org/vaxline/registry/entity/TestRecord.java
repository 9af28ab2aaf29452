package org.vaxline.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.vaxline.pass.issuer.TestTaken;
import org.vaxline.pass.verifier.TestResult;
import org.vaxline.platform.control.KoreaTime;

/** A test result, as the registry holds it (db/V9 {@code test_result}). */
@Entity
@Table(name = "test_result")
public class TestRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "person_id")
  long person;

  @Enumerated(EnumType.STRING)
  TestResult.Kind kind;

  @Enumerated(EnumType.STRING)
  TestResult.Outcome outcome;

  @Column(name = "sampled_at")
  Instant sampledAt;

  @Column(name = "notified_at")
  Instant notifiedAt;

  @Column(name = "clinic_id")
  long clinic;

  @Column(name = "recorded_at")
  Instant recordedAt;

  @Column(name = "recorded_by")
  String recordedBy;

  protected TestRecord() {}

  public TestRecord(
      long person,
      TestResult.Kind kind,
      TestResult.Outcome outcome,
      Instant sampledAt,
      Instant notifiedAt,
      long clinic,
      Instant recordedAt,
      String recordedBy) {
    this.person = person;
    this.kind = kind;
    this.outcome = outcome;
    this.sampledAt = sampledAt;
    this.notifiedAt = notifiedAt;
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

  /** As a pass states it: sampled at the Korean time, tested at the named centre (may be null). */
  public TestTaken stated(String centre) {
    return TestTaken.of(kind, outcome, sampledAt.atZone(KoreaTime.ZONE).toOffsetDateTime(), centre);
  }

  /** The input of the pass rules. */
  public TestResult result() {
    return new TestResult(kind, outcome, sampledAt, notifiedAt);
  }
}
