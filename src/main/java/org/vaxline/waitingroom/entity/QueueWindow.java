package org.vaxline.waitingroom.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * When a campaign's waiting room takes tickets, and of which kind: from {@code preQueueOpensAt}
 * tickets go to the pre-queue, whose order is drawn at {@code opensAt}; from {@code opensAt} they
 * queue in arrival order; from {@code closesAt} none are taken.
 */
public record QueueWindow(Instant preQueueOpensAt, Instant opensAt, Instant closesAt) {

  public QueueWindow {
    if (preQueueOpensAt.isAfter(opensAt) || !closesAt.isAfter(opensAt)) {
      throw new IllegalArgumentException(
          "the pre-queue opens before the campaign, which closes later");
    }
  }

  public static QueueWindow of(Instant opensAt, Instant closesAt, Duration preQueue) {
    return new QueueWindow(opensAt.minus(preQueue), opensAt, closesAt);
  }

  public Kind kindAt(Instant now) {
    if (now.isBefore(preQueueOpensAt)) {
      return Kind.NOT_YET;
    }
    if (now.isBefore(opensAt)) {
      return Kind.PRE_QUEUE;
    }
    return now.isBefore(closesAt) ? Kind.ARRIVAL_ORDER : Kind.CLOSED;
  }

  /** Whether places have been drawn: from the opening instant on. */
  public boolean drawn(Instant now) {
    return !now.isBefore(opensAt);
  }

  public enum Kind {
    NOT_YET,
    PRE_QUEUE,
    ARRIVAL_ORDER,
    CLOSED
  }
}
