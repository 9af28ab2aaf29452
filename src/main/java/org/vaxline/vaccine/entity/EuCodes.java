package org.vaxline.vaccine.entity;

import java.util.Objects;

/**
 * A product's codes in the EU Digital COVID Certificate value sets, as a pass writes them: {@code
 * vp} (vaccine-prophylaxis), {@code mp} (vaccine-medicinal-product) and {@code ma}
 * (vaccine-mah-manf).
 */
public record EuCodes(String prophylaxis, String product, String manufacturer) {

  public EuCodes {
    Objects.requireNonNull(prophylaxis, "prophylaxis");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(manufacturer, "manufacturer");
  }
}
