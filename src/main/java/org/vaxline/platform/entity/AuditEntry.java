package org.vaxline.platform.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the append-only audit log: who ({@code staff:operator}, {@code resident:42}) did what
 * to whom. The database refuses updates and deletes (db/V5).
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  Instant at;
  String actor;
  String action;
  String subject;
  String detail;

  protected AuditEntry() {}

  public AuditEntry(Instant at, String actor, String action, String subject, String detail) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.subject = subject;
    this.detail = detail == null ? "" : detail;
  }

  public AuditView view() {
    return new AuditView(id, at, actor, action, subject, detail);
  }

  public record AuditView(
      long id, Instant at, String actor, String action, String subject, String detail) {}
}
