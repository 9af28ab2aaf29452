package org.vaxline.waitingroom.control;

import java.time.Duration;
import java.util.Optional;
import org.vaxline.waitingroom.entity.WaitEstimate;

/**
 * Where a ticket stands.
 *
 * @param position null in the pre-queue: places are drawn at the opening
 * @param estimate empty while there is too little history to measure the admission rate
 * @param retryAfter when the client should ask again, longer when far back
 */
public record Standing(
    State state,
    Long position,
    Long ahead,
    long nowServing,
    Optional<WaitEstimate> estimate,
    Duration retryAfter) {

  public enum State {
    PRE_QUEUE,
    WAITING,
    YOUR_TURN
  }
}
