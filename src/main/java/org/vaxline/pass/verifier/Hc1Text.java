package org.vaxline.pass.verifier;

import org.apache.commons.codec.CodecPolicy;
import org.apache.commons.codec.binary.Base45;

/**
 * The text of an HCERT QR code: {@code HC1:} then Base45 (RFC 9285) of the zlib-compressed
 * COSE_Sign1 (HCERT 1.0.8 §4.2). Every step is bounded, so a hostile code costs little.
 */
record Hc1Text(String text) {

  /**
   * A version 40 QR code holds at most 4,296 alphanumeric characters (ISO/IEC 18004, table 7); a
   * little more leaves room for codes read from files, nothing near what could cost memory.
   */
  static final int MAX_LENGTH = 4_500;

  /** A DCC's COSE is around 300–1,000 bytes; 64 KiB is generous and still harmless. */
  static final int MAX_COSE_BYTES = 64 * 1024;

  private static final String PREFIX = "HC1:";

  private static final Base45 BASE45 = Base45.builder().setDecodingPolicy(CodecPolicy.STRICT).get();

  private static final BoundedInflater ZLIB = BoundedInflater.zlib(MAX_COSE_BYTES);

  /** Base45 text without its context identifier. */
  String base45() throws Rejection {
    if (text != null && text.length() > MAX_LENGTH) {
      throw new Rejection(
          HcertReason.TOO_LARGE, "QR text longer than " + MAX_LENGTH + " characters");
    }
    if (text == null || !text.startsWith(PREFIX)) {
      throw new Rejection(HcertReason.NOT_HC1, "no HC1: context identifier");
    }
    return text.substring(PREFIX.length());
  }

  /** The compressed COSE_Sign1. */
  byte[] compressed() throws Rejection {
    return decodeBase45(base45());
  }

  /** The COSE_Sign1 bytes, decompressed. */
  byte[] cose() throws Rejection {
    return ZLIB.inflate(compressed());
  }

  static byte[] decodeBase45(String base45) throws Rejection {
    try {
      return BASE45.decode(base45);
    } catch (IllegalArgumentException e) {
      throw new Rejection(HcertReason.BASE45, e.getMessage());
    }
  }
}
