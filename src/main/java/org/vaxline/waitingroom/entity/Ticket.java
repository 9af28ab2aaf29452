package org.vaxline.waitingroom.entity;

import java.time.Instant;

/**
 * A place in a campaign's waiting room, held by the person as a signed token: the server keeps
 * nothing per ticket. {@code seq} counts pre-queue tickets and later ones separately ({@link
 * QueueOrder} turns it into a place).
 *
 * @param preQueue taken before the campaign opened: its place is drawn at the opening
 */
public record Ticket(String id, long campaign, boolean preQueue, long seq, Instant issuedAt) {

  public Ticket {
    if (seq < 1) {
      throw new IllegalArgumentException("ticket numbers start at 1");
    }
  }
}
