package org.vaxline.pass.entity;

import java.time.Instant;

/**
 * A pass on the revocation list: its entry, when it was revoked, and whether this request revoked
 * it or found it revoked already.
 */
public record Revoked(String entry, Instant revokedAt, boolean alreadyRevoked) {}
