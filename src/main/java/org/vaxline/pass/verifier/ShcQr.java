package org.vaxline.pass.verifier;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The QR codes of a SMART Health Card (SHC framework, "Health Cards as QR Codes"): {@code shc:/}
 * then two decimal digits per JWS character, each the character's code minus 45; a card too long
 * for one code is split into chunks {@code shc:/C/N/…} (deprecated since VCI 1.3.0, still read).
 */
record ShcQr(List<String> codes) {

  /** A JWS longer than 1,195 characters is split into chunks of at most 1,191 (SHC spec). */
  static final int MAX_CODES = 10;

  static final int MAX_JWS_LENGTH = MAX_CODES * 1_195;

  private static final Pattern CODE =
      Pattern.compile("shc:/(?:(\\d{1,2})/(\\d{1,2})/)?(\\d+)", Pattern.CASE_INSENSITIVE);

  ShcQr {
    codes = codes == null ? List.of() : List.copyOf(codes);
  }

  /** The compact JWS the codes carry, chunks put back in order. */
  String jws() throws Rejection {
    if (codes.isEmpty()) {
      throw new Rejection(ShcReason.NOT_SHC, "no QR code");
    }
    if (codes.size() > MAX_CODES) {
      throw new Rejection(ShcReason.TOO_LARGE, codes.size() + " QR codes for one card");
    }
    var chunks = new String[codes.size()];
    for (var code : codes) {
      if (code.length() > 2 * MAX_JWS_LENGTH) {
        throw new Rejection(ShcReason.TOO_LARGE, "QR text of " + code.length() + " characters");
      }
      var parts = CODE.matcher(code);
      if (!parts.matches()) {
        throw new Rejection(ShcReason.NOT_SHC, "not shc:/ followed by digits");
      }
      int index = parts.group(1) == null ? 1 : Integer.parseInt(parts.group(1));
      int total = parts.group(2) == null ? 1 : Integer.parseInt(parts.group(2));
      if (total != codes.size() || index < 1 || index > total || chunks[index - 1] != null) {
        throw new Rejection(ShcReason.CHUNKS, "chunk " + index + "/" + total + " does not fit");
      }
      chunks[index - 1] = characters(parts.group(3));
    }
    return String.join("", chunks);
  }

  private static String characters(String digits) throws Rejection {
    if (digits.length() % 2 != 0) {
      throw new Rejection(ShcReason.NUMERIC, "an odd number of digits");
    }
    var jws = new StringBuilder(digits.length() / 2);
    for (int i = 0; i < digits.length(); i += 2) {
      int value = Integer.parseInt(digits, i, i + 2, 10);
      if (value > 'z' - 45) {
        throw new Rejection(ShcReason.NUMERIC, "digit pair " + value + " is no JWS character");
      }
      jws.append((char) (value + 45));
    }
    return jws.toString();
  }
}
