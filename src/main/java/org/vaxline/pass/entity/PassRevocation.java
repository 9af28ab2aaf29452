package org.vaxline.pass.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One revoked pass, named only by its revocation-list entry (the COUNTRYCODEUCI hash of {@link
 * org.vaxline.pass.verifier.RevocationList}); append-only (db/V10).
 */
@Entity
@Table(name = "pass_revocation")
public class PassRevocation {

  @Id String entry;

  @Column(name = "revoked_at")
  Instant revokedAt;

  @Column(name = "revoked_by")
  String revokedBy;

  String reason;

  protected PassRevocation() {}

  public PassRevocation(String entry, Instant revokedAt, String revokedBy, String reason) {
    this.entry = entry;
    this.revokedAt = revokedAt;
    this.revokedBy = revokedBy;
    this.reason = reason;
  }

  public String entry() {
    return entry;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
