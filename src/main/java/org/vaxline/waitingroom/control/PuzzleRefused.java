package org.vaxline.waitingroom.control;

import org.vaxline.platform.control.DomainException;
import org.vaxline.waitingroom.control.ProofOfWork.Outcome;

/** A join whose proof of work is missing, wrong, stale or already spent. */
public class PuzzleRefused extends DomainException {

  /**
   * @param outcome why the check failed; null when the solution was already used
   */
  PuzzleRefused(Outcome outcome) {
    super(
        "proof-of-work-invalid",
        "Proof of work refused",
        403,
        outcome == null
            ? "This puzzle was already used; ask for a new one."
            : switch (outcome) {
              case EXPIRED, NOT_YET_VALID -> "The puzzle is out of date; ask for a new one.";
              case INSUFFICIENT_WORK -> "The solution does not meet the puzzle's difficulty.";
              default -> "The puzzle or its solution is not valid; ask for a new one.";
            });
  }
}
