package org.vaxline.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Logger;
import org.vaxline.staff.control.BasicCredentials;

/**
 * How staff sign in: today HTTP Basic on every REST request (TLS ends at the load balancer),
 * checked by {@code StaffIdentityStore}. Vaxline's own mechanism rather than Jakarta Security's
 * {@code @BasicAuthenticationMechanismDefinition}, whose module answered 500 with a stack trace to
 * anyone sending a header it could not split (issue 15). The console's form sign-in is to be the
 * second scheme: one more branch in {@link #validateRequest}, the same identity store.
 *
 * <p>A failed or malformed sign-in is 401 with the Basic challenge; the container's error page
 * writes it as problem+json ({@code unauthorized}). The header's value is never logged.
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger(StaffAuthentication.class.getName());
  static final String CHALLENGE = "Basic realm=\"Vaxline\", charset=\"UTF-8\"";
  private static final int LOGGED_PATH = 200;

  @Inject IdentityStoreHandler identities;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    var header = request.getHeader("Authorization");
    if (BasicCredentials.isBasic(header)) {
      return basic(header, request, response, context);
    }
    return context.isProtected() ? challenge(response, context) : context.doNothing();
  }

  private AuthenticationStatus basic(
      String header,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    BasicCredentials credentials;
    try {
      credentials = BasicCredentials.parse(header);
    } catch (BasicCredentials.Malformed malformed) {
      var path = request.getRequestURI();
      LOG.warning(
          () ->
              "Refused malformed Basic credentials (%s) on %s"
                  .formatted(
                      malformed.getMessage(),
                      path.length() > LOGGED_PATH ? path.substring(0, LOGGED_PATH) : path));
      return challenge(response, context);
    }
    var result =
        identities.validate(
            new UsernamePasswordCredential(credentials.username(), credentials.password()));
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    return challenge(response, context);
  }

  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", CHALLENGE);
    return context.responseUnauthorized();
  }
}
