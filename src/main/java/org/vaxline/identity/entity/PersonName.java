package org.vaxline.identity.entity;

import java.text.Normalizer;
import java.util.Objects;

/**
 * A name as the register holds it, in Unicode's composed form (NFC) without surrounding space. It
 * is only ever in memory: the database keeps it sealed (db/V13).
 */
public record PersonName(String value) {

  public PersonName {
    value = normalized(Objects.requireNonNull(value, "value"));
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a name has at least one character");
    }
  }

  /** Whether the name entered is this one, ignoring spaces around it and Unicode form. */
  public boolean matches(String entered) {
    return entered != null && normalized(entered).equals(value);
  }

  /**
   * 김영호 becomes 김*호, 김수 becomes 김*: enough for a person to recognise themselves, and what staff
   * type to find someone (the blind index covers exactly this).
   */
  public String masked() {
    var points = value.codePoints().toArray();
    if (points.length <= 2) {
      return new String(points, 0, 1) + "*";
    }
    return new String(points, 0, 1)
        + "*".repeat(points.length - 2)
        + new String(points, points.length - 1, 1);
  }

  /** What is entered or searched, in the form names are compared in. */
  public static String normalized(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
  }

  @Override
  public String toString() {
    return "PersonName[" + masked() + "]";
  }
}
