package org.vaxline.identity.entity;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * What a signed session cookie says: who verified ({@code holder}), for whom they may act, and
 * until when. Everything is in the signed token, so any node can check it without a lookup.
 *
 * @param actingFor residents who confirmed with a code to their own phone that the holder may act
 *     for them (대리 예약)
 */
public record CitizenSession(
    String id, long holder, Set<Long> actingFor, Instant issuedAt, Instant expiresAt) {

  public static final int MAX_REPRESENTED = 10;

  public CitizenSession {
    actingFor = Set.copyOf(actingFor);
  }

  /** Whether the holder may act for the resident {@code ref} names (themselves included). */
  public boolean mayActFor(long resident) {
    return resident == holder || actingFor.contains(resident);
  }

  public CitizenSession actingAlsoFor(long resident) {
    var more = new HashSet<>(actingFor);
    more.add(resident);
    return new CitizenSession(id, holder, more, issuedAt, expiresAt);
  }
}
