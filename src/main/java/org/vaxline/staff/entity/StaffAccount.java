package org.vaxline.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of staff who signs in to the console or the operator API. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

  @Id String username;

  @Column(name = "display_name")
  String displayName;

  @Column(name = "password_hash")
  String passwordHash;

  @Enumerated(EnumType.STRING)
  StaffRole role;

  @Column(name = "clinic_id")
  Long clinicId;

  boolean enabled;

  public String username() {
    return username;
  }

  public StaffRole role() {
    return role;
  }

  public boolean enabled() {
    return enabled;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
  }

  public StaffView view() {
    return new StaffView(username, displayName, role, clinicId);
  }

  /** An account as its owner sees it; never the hash. */
  public record StaffView(String username, String displayName, StaffRole role, Long clinicId) {}
}
