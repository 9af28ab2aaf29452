package org.vaxline.staff.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import org.vaxline.platform.control.AuditLog;
import org.vaxline.platform.control.DomainException;
import org.vaxline.staff.entity.StaffAccount;
import org.vaxline.staff.entity.StaffRole;

/**
 * The staff feature's public service: who is signed in, and whether they may manage a clinic.
 * Operators manage every clinic; a clinic administrator only their own (ARCHITECTURE.md principle
 * 7), and an attempt on another clinic is refused and audited.
 */
@RequestScoped
public class StaffAccess {

  @PersistenceContext EntityManager em;
  @Inject SecurityContext security;
  @Inject AuditLog audit;

  public String username() {
    return security.getCallerPrincipal().getName();
  }

  /** Refuses unless the signed-in member of staff may manage the clinic. */
  @Transactional
  public void requireClinic(long clinic) {
    if (security.isCallerInRole(StaffRole.OPERATOR.name())) {
      return;
    }
    var account = em.find(StaffAccount.class, username());
    if (account == null || !Long.valueOf(clinic).equals(account.view().clinicId())) {
      audit.recordRefusal(
          "staff:" + username(), "clinic.refused", "clinic:" + clinic, "not this person's clinic");
      throw new NotYourClinic();
    }
  }

  static final class NotYourClinic extends DomainException {
    NotYourClinic() {
      super(
          "not-your-clinic",
          "Not your clinic",
          403,
          "Clinic administrators manage only the clinic they belong to.");
    }
  }
}
