package org.vaxline.pass.verifier;

/**
 * Why a SMART Health Card was accepted or refused: stable codes, in the order {@link ShcVerifier}
 * checks them. {@code TOO_LARGE} and {@code DECOMPRESSION} share their names with {@link
 * HcertReason}, as the bounded inflater serves both.
 */
public enum ShcReason {
  VALID,
  /** More or longer QR codes than a card can need, or a payload inflating past the limit. */
  TOO_LARGE,
  /** Not {@code shc:/} followed by digits. */
  NOT_SHC,
  /** Digits that do not pair into JWS characters (each pair 00–77, SHC "Encoding QRs"). */
  NUMERIC,
  /** Chunked codes ({@code shc:/C/N/}) missing, repeated or disagreeing on N. */
  CHUNKS,
  /** Not a compact JWS with {@code alg: ES256} and {@code zip: DEF}. */
  JWS,
  /** No trusted issuer has a P-256 key with the JWS's {@code kid}. */
  UNKNOWN_KEY,
  SIGNATURE,
  /** The payload is not raw DEFLATE. */
  DECOMPRESSION,
  /** The payload is not a health card's JWT claims (iss, nbf, vc). */
  PAYLOAD,
  /** The card's {@code iss} is not the issuer whose key signed it. */
  UNKNOWN_ISSUER,
  NOT_YET_VALID,
  EXPIRED,
  /** Its {@code rid} is on its key's revocation list. */
  REVOKED
}
