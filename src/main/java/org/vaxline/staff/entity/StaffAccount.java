package org.vaxline.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.regex.Pattern;

/** A member of staff who signs in to the console or the operator API. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

  /** What {@code staff_account.username}'s check allows (db/V3); nothing else is looked up. */
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

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

  public static boolean isPossibleUsername(String name) {
    return name != null && USERNAME.matcher(name).matches();
  }

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
