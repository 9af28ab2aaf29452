package org.vaxline.pass.issuer;

import java.math.BigInteger;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A unique vaccination certificate identifier in the EU structure (eHealth Network, Guidelines on
 * verifiable vaccination certificates – basic interoperability elements, release 2, annex 2; and
 * Commission Implementing Decision (EU) 2021/1073, annex VI): {@code URN:UVCI:}, schema version
 * {@code 01}, the country, an opaque unique string of upper-case letters and digits, and the
 * optional checksum after {@code #}. Vaxline's checksum is ISO/IEC 7064 MOD 37,36 over the
 * identifier's letters and digits (separators skipped): it catches a mistyped character when a UVCI
 * is read out to a help desk or typed into a revocation form; verifiers rely on the signature, not
 * on it.
 */
public record Uvci(String value) {

  static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String PREFIX = "URN:UVCI:01:KR:";
  private static final int OPAQUE_LENGTH = 20;
  private static final Pattern FORM = Pattern.compile("URN:UVCI:01:KR:[0-9A-Z]{20}#[0-9A-Z]");

  public Uvci {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("not a Vaxline UVCI: " + value);
    }
    var hash = value.indexOf('#');
    if (value.charAt(hash + 1) != checkCharacter(value.substring(0, hash))) {
      throw new IllegalArgumentException("wrong UVCI checksum: " + value);
    }
  }

  /**
   * A fresh identifier: 20 characters of 36 are about 103 bits, so two passes never share one even
   * at tens of millions issued (the birthday bound is near 2^51).
   */
  public static Uvci random(RandomGenerator random) {
    var opaque = new StringBuilder(PREFIX);
    for (var i = 0; i < OPAQUE_LENGTH; i++) {
      opaque.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    var body = opaque.toString();
    return new Uvci(body + "#" + checkCharacter(body));
  }

  /**
   * The identifier the given bytes name: a server that derives them from a person's record with a
   * secret key (HMAC) gets the same identifier every time it issues that record's pass, and no one
   * without the key can link an identifier to a person. At least 16 bytes, of which the first 103
   * bits or so survive in the 20 characters.
   */
  public static Uvci fromBytes(byte[] bytes) {
    if (bytes.length < 16) {
      throw new IllegalArgumentException("a UVCI needs at least 16 random bytes");
    }
    var radix = BigInteger.valueOf(ALPHABET.length());
    var value = new BigInteger(1, bytes);
    var opaque = new char[OPAQUE_LENGTH];
    for (var i = OPAQUE_LENGTH - 1; i >= 0; i--) {
      var step = value.divideAndRemainder(radix);
      opaque[i] = ALPHABET.charAt(step[1].intValue());
      value = step[0];
    }
    var body = PREFIX + new String(opaque);
    return new Uvci(body + "#" + checkCharacter(body));
  }

  /** ISO/IEC 7064 MOD 37,36, the hybrid system for alphanumeric strings (M = 36). */
  static char checkCharacter(String text) {
    final int m = ALPHABET.length();
    var product = m;
    for (var c : text.toCharArray()) {
      var digit = ALPHABET.indexOf(c);
      if (digit < 0) {
        continue;
      }
      var sum = (product + digit) % m;
      product = (sum == 0 ? m : sum) * 2 % (m + 1);
    }
    return ALPHABET.charAt((m + 1 - product) % m);
  }
}
