package org.vaxline.waitingroom.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * Leave to use the booking side of a queued campaign: issued when a ticket's turn has come, valid
 * {@link #LIFETIME}, bound to that ticket and to the browser that held it, and spent by the booking
 * it admits.
 *
 * @param browser the SHA-256 of the browser's binding cookie, base64url
 */
public record Admission(
    String id, long campaign, String ticket, String browser, Instant issuedAt, Instant expiresAt) {

  public static final Duration LIFETIME = Duration.ofMinutes(10);
}
