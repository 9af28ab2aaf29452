package org.vaxline.waitingroom.control;

import java.time.Duration;
import org.vaxline.platform.control.DomainException;

/** The queue's shared state cannot be reached: no one is let through (fail closed). */
public class QueueUnavailable extends DomainException {

  QueueUnavailable() {
    super(
        "queue-unavailable",
        "Waiting room unavailable",
        503,
        "The waiting room cannot be reached just now, so no one is let in; try again shortly.",
        Duration.ofSeconds(5));
  }
}
