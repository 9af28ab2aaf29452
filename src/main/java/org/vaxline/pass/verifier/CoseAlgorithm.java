package org.vaxline.pass.verifier;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The two signature algorithms HCERT requires every verifier to support (HCERT 1.0.8 §3.3.2), with
 * their COSE identifiers (RFC 9053 §2.1, RFC 8230 §2).
 */
enum CoseAlgorithm {
  /**
   * ECDSA P-256 with SHA-256. COSE carries the signature as raw r||s of 32 bytes each (RFC 9053
   * §2.1), which is IEEE P1363 format ("PLAIN-ECDSA"): verified as such, no DER conversion needed.
   * Bouncy Castle's provider, not the JDK's: on Java 17 its P-256 verification took a fifth to a
   * third of SunEC's time here, and verification is what a venue does all day (issue 7, acceptance
   * 4; manuals/performance.md). Held privately, never installed as a JVM provider.
   */
  ES256(-7, ECPublicKey.class) {
    @Override
    Signature verifier() throws GeneralSecurityException {
      return Signature.getInstance("SHA256withPLAIN-ECDSA", Providers.BOUNCY_CASTLE);
    }

    @Override
    boolean fits(PublicKey key, byte[] signature) {
      return signature.length == 64
          && ((ECPublicKey) key).getParams().getCurve().getField().getFieldSize() == 256;
    }
  },
  /** RSASSA-PSS with SHA-256, MGF1 with SHA-256 and a 32-byte salt (RFC 8230 §2). */
  PS256(-37, RSAPublicKey.class) {
    @Override
    Signature verifier() throws GeneralSecurityException {
      var pss = Signature.getInstance("RSASSA-PSS");
      pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
      return pss;
    }

    @Override
    boolean fits(PublicKey key, byte[] signature) {
      return signature.length == (((RSAPublicKey) key).getModulus().bitLength() + 7) / 8;
    }
  };

  private final int id;
  private final Class<? extends PublicKey> keyType;

  CoseAlgorithm(int id, Class<? extends PublicKey> keyType) {
    this.id = id;
    this.keyType = keyType;
  }

  static CoseAlgorithm of(int id) throws Rejection {
    for (var algorithm : values()) {
      if (algorithm.id == id) {
        return algorithm;
      }
    }
    throw new Rejection(HcertReason.COSE, "COSE algorithm " + id + " is neither ES256 nor PS256");
  }

  int id() {
    return id;
  }

  /**
   * False, not an exception, for a key of the wrong type or a signature of the wrong length: a
   * message claiming ES256 over an RSA signer is simply not signed by that signer.
   */
  boolean verifies(PublicKey key, byte[] toBeSigned, byte[] signature) {
    if (!keyType.isInstance(key) || !fits(key, signature)) {
      return false;
    }
    try {
      var verifier = verifier();
      verifier.initVerify(key);
      verifier.update(toBeSigned);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  abstract Signature verifier() throws GeneralSecurityException;

  /** Made once, on first use: an enum constant's body cannot name a static of its own enum. */
  private static final class Providers {
    static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
  }

  abstract boolean fits(PublicKey key, byte[] signature);
}
