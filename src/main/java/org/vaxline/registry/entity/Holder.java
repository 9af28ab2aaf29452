package org.vaxline.registry.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who a pass is issued to: the name as written on the register and in ICAO 9303 letters (see {@link
 * Romanization}), and the birth date.
 */
public record Holder(Romanization.Name name, LocalDate birthDate) {

  public Holder {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(birthDate, "birthDate");
  }
}
