package org.vaxline.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.vaxline.pass.issuer.TestTaken;
import org.vaxline.pass.verifier.TestResult;
import org.vaxline.platform.control.KoreaTime;

/** A test result, as the registry holds it (db/V9 {@code test_result}). */
@Entity
@Table(name = "test_result")
public class TestRecord extends RegistryRecord {

  @Enumerated(EnumType.STRING)
  TestResult.Kind kind;

  @Enumerated(EnumType.STRING)
  TestResult.Outcome outcome;

  @Column(name = "sampled_at")
  Instant sampledAt;

  @Column(name = "notified_at")
  Instant notifiedAt;

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
    super(person, clinic, recordedAt, recordedBy);
    this.kind = kind;
    this.outcome = outcome;
    this.sampledAt = sampledAt;
    this.notifiedAt = notifiedAt;
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
