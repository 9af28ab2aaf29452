package org.vaxline.clinic.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vaxline.platform.control.KoreaTime;

/**
 * A clinic's dose stock as known at {@code asOf}: what it received (and from which day each
 * shipment is usable) and what has left the fridge so far, given or wasted.
 *
 * @param administered doses given to date, by product code
 * @param wasted doses lost to date (broken vials, expiry, the rest of an opened vial), by product
 */
public record DoseLedger(
    Instant asOf,
    List<Shipment> shipments,
    Map<String, Integer> administered,
    Map<String, Integer> wasted) {

  public DoseLedger {
    Objects.requireNonNull(asOf, "asOf");
    shipments = List.copyOf(shipments);
    administered = counts(administered, "administered");
    wasted = counts(wasted, "wasted");
  }

  /** The day of {@code asOf} in Korea: the first day slots can still be planned for. */
  public LocalDate today() {
    return LocalDate.ofInstant(asOf, KoreaTime.ZONE);
  }

  /**
   * The doses of {@code product} the clinic will have had for its slots by the end of {@code day}:
   * every shipment usable by then, less every dose already given or wasted. Doses given or wasted
   * later are not known yet; that is the slots' business (see {@link DoseBudget}). Negative only if
   * the counts are wrong, which the caller should see rather than have hidden.
   */
  public int available(String product, LocalDate day) {
    int received =
        shipments.stream()
            .filter(s -> s.productCode().equals(product) && !s.usableFrom().isAfter(day))
            .mapToInt(Shipment::doses)
            .sum();
    return received - administered.getOrDefault(product, 0) - wasted.getOrDefault(product, 0);
  }

  private static Map<String, Integer> counts(Map<String, Integer> byProduct, String what) {
    byProduct.forEach(
        (product, doses) -> {
          if (doses == null || doses < 0) {
            throw new IllegalArgumentException(
                what + " doses of " + product + " must be 0 or more, not " + doses);
          }
        });
    return Map.copyOf(byProduct);
  }
}
