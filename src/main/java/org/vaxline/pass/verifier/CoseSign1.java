package org.vaxline.pass.verifier;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import java.security.PublicKey;

/**
 * A COSE_Sign1 message (RFC 9052 §4.2): {@code [protected bstr, unprotected map, payload bstr,
 * signature bstr]}, optionally tagged 18 and, as some issuers do, also tagged 61 (CWT, RFC 8392
 * §6). The protected header is kept as the bytes that were signed.
 */
record CoseSign1(
    byte[] protectedBytes,
    CBORObject protectedHeader,
    CBORObject unprotectedHeader,
    byte[] payload,
    byte[] signature) {

  private static final int TAG_COSE_SIGN1 = 18;
  private static final int TAG_CWT = 61;
  private static final int HEADER_ALG = 1;
  private static final int HEADER_KID = 4;

  static CoseSign1 decode(byte[] bytes) throws Rejection {
    var message = CborReader.DCC.decode(bytes);
    if (message.HasMostOuterTag(TAG_CWT)) {
      message = message.UntagOne();
    }
    if (message.HasMostOuterTag(TAG_COSE_SIGN1)) {
      message = message.UntagOne();
    }
    if (message.isTagged() || message.getType() != CBORType.Array || message.size() != 4) {
      throw new Rejection(HcertReason.COSE, "not a COSE_Sign1 array of four");
    }
    var protectedBytes = byteString(message.get(0), "protected header");
    var protectedHeader =
        protectedBytes.length == 0 ? CBORObject.NewMap() : CborReader.DCC.decode(protectedBytes);
    var unprotected = message.get(1);
    if (protectedHeader.getType() != CBORType.Map || unprotected.getType() != CBORType.Map) {
      throw new Rejection(HcertReason.COSE, "COSE headers are not maps");
    }
    return new CoseSign1(
        protectedBytes,
        protectedHeader,
        unprotected,
        byteString(message.get(2), "payload"),
        byteString(message.get(3), "signature"));
  }

  /** The protected kid if there is one, else the unprotected one (HCERT 1.0.8 §3.3.3). */
  Kid kid() throws Rejection {
    var kid = header(HEADER_KID);
    if (kid == null) {
      throw new Rejection(HcertReason.UNKNOWN_KID, "no kid in either header");
    }
    var bytes = byteString(kid, "kid");
    if (bytes.length != Kid.LENGTH) {
      throw new Rejection(HcertReason.UNKNOWN_KID, "kid of " + bytes.length + " bytes, not 8");
    }
    return Kid.of(bytes);
  }

  CoseAlgorithm algorithm() throws Rejection {
    var alg = header(HEADER_ALG);
    if (alg == null || !alg.isNumber() || !alg.AsNumber().CanTruncatedIntFitInInt32()) {
      throw new Rejection(HcertReason.COSE, "no algorithm in the COSE header");
    }
    return CoseAlgorithm.of(alg.AsInt32Value());
  }

  /** Checks the signature over the Sig_structure (RFC 9052 §4.4) with this key. */
  boolean signedBy(PublicKey key) throws Rejection {
    return algorithm().verifies(key, toBeSigned(protectedBytes, payload), signature);
  }

  /** The Sig_structure for a COSE_Sign1 with no external data (RFC 9052 §4.4). */
  static byte[] toBeSigned(byte[] protectedBytes, byte[] payload) {
    return CBORObject.NewArray()
        .Add("Signature1")
        .Add(protectedBytes)
        .Add(new byte[0])
        .Add(payload)
        .EncodeToBytes();
  }

  private CBORObject header(int label) {
    var value = protectedHeader.get(label);
    return value != null ? value : unprotectedHeader.get(label);
  }

  private static byte[] byteString(CBORObject value, String what) throws Rejection {
    if (value == null || value.isTagged() || value.getType() != CBORType.ByteString) {
      throw new Rejection(HcertReason.COSE, what + " is not a byte string");
    }
    return value.GetByteString();
  }
}
