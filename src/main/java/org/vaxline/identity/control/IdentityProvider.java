package org.vaxline.identity.control;

import java.time.Instant;
import org.vaxline.identity.entity.ResidentRegistrationNumber;

/**
 * Proves that someone is the resident they claim to be. In Korea this is a mobile carrier's check
 * (PASS) or a certificate-based one (공동인증서, 간편인증); those providers plug in here. The development
 * provider ({@link PhoneCodeVerification}) sends a one-time code to the phone on the register
 * through the {@link org.vaxline.sms.control.SmsGateway}.
 */
public interface IdentityProvider {

  /**
   * Starts a check of whoever claims this number and name; {@code requester} is the verified
   * resident who asks to act for them, or null when people verify themselves. The answer is the
   * same whether or not such a resident exists.
   */
  Challenge begin(
      ResidentRegistrationNumber number, String name, Long requester, String clientAddress);

  /**
   * Completes a check. {@code requester} must be the one that began it (null for a self check).
   *
   * @return the verified resident's id
   */
  long confirm(String challenge, String code, Long requester);

  /**
   * A check in progress, as the citizen site shows it.
   *
   * @param provider which provider runs the check; the development one says so
   * @param demoCode only in demo mode, and only when a message was really sent: the code itself, so
   *     the demo can be tried without a phone
   */
  record Challenge(
      String challenge, Instant expiresAt, int attempts, String provider, String demoCode) {}
}
