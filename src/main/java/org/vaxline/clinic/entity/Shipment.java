package org.vaxline.clinic.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Doses of one product received by a clinic, usable from the opening of {@code usableFrom}: the day
 * after delivery for a delivery during opening hours, or after thawing for products shipped frozen.
 * Slots of a day may count on every dose usable that day, so a delivery expected in the afternoon
 * must not be dated that morning.
 */
public record Shipment(String productCode, int doses, LocalDate usableFrom) {

  public Shipment {
    if (productCode == null || productCode.isBlank()) {
      throw new IllegalArgumentException("a shipment is of one product");
    }
    Objects.requireNonNull(usableFrom, "usableFrom");
    if (doses < 1) {
      throw new IllegalArgumentException("a shipment brings at least one dose, not " + doses);
    }
  }
}
