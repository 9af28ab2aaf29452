package org.vaxline.pass.verifier;

/**
 * Why an HCERT was accepted or refused: stable codes, in the order the verifier checks them, that a
 * venue app or the online endpoint can map to a message.
 */
public enum HcertReason {
  VALID,
  /** Longer than any QR code holds, or decompressing to more than a pass can be. */
  TOO_LARGE,
  /** No {@code HC1:} context identifier (HCERT 1.0.8 §4.2.2). */
  NOT_HC1,
  BASE45,
  /** Not zlib (HCERT §4.2.1), or truncated. */
  DECOMPRESSION,
  /** Not well-formed CBOR, or nested deeper than a DCC can be. */
  CBOR,
  /** Well-formed CBOR but not a COSE_Sign1 (RFC 9052 §4.2) with a known algorithm. */
  COSE,
  /** No 8-byte kid, or no document signer with that kid in the trust list. */
  UNKNOWN_KID,
  SIGNATURE,
  /** The CWT claims (iat, exp, hcert) are missing or malformed (HCERT §3.3). */
  CWT,
  /**
   * The hcert payload does not follow the DCC JSON schema 1.3.0, or holds not exactly one entry.
   */
  SCHEMA,
  /** The document signer's extended key usage excludes this kind of certificate (HCERT §A.4). */
  KEY_USAGE,
  /** Issued after the instant of the check (iat). */
  NOT_YET_VALID,
  /** The instant is after the CWT expiry (exp). */
  EXPIRED,
  /** Its identifier is on the revocation list. */
  REVOKED
}
