package org.vaxline.staff.entity;

/** What a member of staff may do; the names are also the Jakarta Security roles. */
public enum StaffRole {
  /** Runs campaigns, the waiting room and the cluster for the whole country. */
  OPERATOR,
  /** Manages one clinic: capacity, roster, doses given, leftover doses, inventory. */
  CLINIC_ADMIN
}
