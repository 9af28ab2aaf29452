package org.vaxline.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.vaxline.staff.control.BasicCredentials;
import org.vaxline.staff.control.PasswordRejected;
import org.vaxline.staff.control.RecentSignIns;
import org.vaxline.staff.control.StaffPasswords;
import org.vaxline.staff.entity.StaffAccount;
import org.vaxline.staff.entity.StaffAccount.StaffView;

/** A signed-in member of staff: who am I, and change my password (demo passwords are public). */
@Path("staff/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

  @PersistenceContext EntityManager em;
  @Inject SecurityContext security;
  @Inject StaffPasswords passwords;
  @Inject RecentSignIns recentSignIns;

  @GET
  public StaffView me() {
    return account().view();
  }

  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  public void changePassword(@NotNull @Valid PasswordChange change) {
    var account = account();
    if (BasicCredentials.hasControl(change.newPassword())) {
      // A sign-in carrying it would be refused as malformed: the password could never be used.
      throw new PasswordRejected("The new password must not contain control characters.");
    }
    if (change.newPassword().toLowerCase(Locale.ROOT).contains(account.username())) {
      throw new PasswordRejected("The new password must not contain the user name.");
    }
    if (passwords.matches(change.newPassword().toCharArray(), account.passwordHash())) {
      throw new PasswordRejected("The new password must differ from the current one.");
    }
    account.changePasswordHash(passwords.hash(change.newPassword().toCharArray()));
    recentSignIns.forget(account.username());
  }

  private StaffAccount account() {
    return em.find(StaffAccount.class, security.getCallerPrincipal().getName());
  }

  /** NIST SP 800-63B §5.1.1: at least 12 characters here, long passphrases welcome. */
  public record PasswordChange(@NotNull @Size(min = 12, max = 128) String newPassword) {}
}
