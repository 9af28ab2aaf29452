package org.vaxline.clinic.entity;

import java.time.LocalDate;

/** Whether a clinic may offer more doses of a product on a day, as {@link DoseBudget} says. */
public sealed interface OfferCheck {

  /**
   * The doses can be offered.
   *
   * @param headroomLeft what could still be offered on that day afterwards
   */
  record Fits(int headroomLeft) implements OfferCheck {}

  /**
   * Offering them would promise doses the clinic will not have.
   *
   * @param headroom what can still be offered on that day; negative when the slots already promise
   *     more than the stock, after doses were wasted for example
   * @param shortOn the day whose stock would not cover its slots: the day asked about, or a later
   *     day whose slots already count on the same doses
   */
  record ExceedsInventory(int requested, int headroom, LocalDate shortOn) implements OfferCheck {}
}
