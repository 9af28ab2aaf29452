package org.vaxline.booking.control;

import java.security.SecureRandom;

/**
 * Confirmation numbers people read out at the clinic or over the phone: ten characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S), 26^10 ≈ 1.4 × 10^14, so they cannot be
 * guessed and clash with vanishing odds; a clash is refused by the database's unique key anyway.
 */
final class ConfirmationNumbers {

  private static final char[] ALPHABET = "34679ABCDEFGHJKMNPQRTUVWXY".toCharArray();
  private static final int LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private ConfirmationNumbers() {}

  static String next() {
    var number = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      number[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(number);
  }

  static boolean isWellFormed(String text) {
    return text != null && text.matches("[" + new String(ALPHABET) + "]{" + LENGTH + "}");
  }
}
