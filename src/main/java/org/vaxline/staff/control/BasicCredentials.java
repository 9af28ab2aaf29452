package org.vaxline.staff.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A user name and password as an {@code Authorization: Basic} header carries them (RFC 7617), read
 * strictly: valid Base64 of UTF-8, one colon, neither part empty, no control characters. Anything
 * else is {@link Malformed}, refused before any account is looked up: a NUL in a user name once
 * reached PostgreSQL and failed there, and Jakarta Security's own Basic mechanism answered 500.
 */
public record BasicCredentials(String username, String password) {

  private static final String SCHEME = "basic ";

  /** Longer is no password of ours (and no reason to hash a megabyte). */
  static final int LONGEST = 1_024;

  /** Whether the header speaks Basic at all; another scheme is not ours to judge. */
  public static boolean isBasic(String header) {
    return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
  }

  /** The credentials of a Basic header ({@link #isBasic}), or why they cannot be read. */
  public static BasicCredentials parse(String header) throws Malformed {
    var encoded = header.substring(SCHEME.length()).strip();
    if (encoded.isEmpty() || encoded.length() > LONGEST * 2) {
      throw new Malformed("no credentials, or far too long");
    }
    String decoded;
    try {
      decoded = utf8(Base64.getDecoder().decode(encoded));
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw new Malformed("not Base64 of UTF-8");
    }
    var colon = decoded.indexOf(':');
    if (colon <= 0 || colon == decoded.length() - 1) {
      throw new Malformed("no user name and password separated by a colon");
    }
    var credentials =
        new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    if (hasControl(credentials.username) || hasControl(credentials.password)) {
      throw new Malformed("a control character");
    }
    return credentials;
  }

  /** Any ISO control character (C0, DEL, C1): none is part of a name or password we issue. */
  public static boolean hasControl(String text) {
    return text.codePoints().anyMatch(Character::isISOControl);
  }

  @Override
  public String toString() {
    return "BasicCredentials[" + username + ", password hidden]";
  }

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** Credentials that cannot be read; its message names why, never the header's value. */
  public static final class Malformed extends Exception {
    Malformed(String why) {
      super(why, null, false, false);
    }
  }
}
