package org.vaxline.pass.issuer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;

/**
 * The PKCS#12 layout of {@link PassKeys}: the CSCA certificate as trusted entry {@code csca}, each
 * document signer as a private-key entry with its chain (signer, CSCA), one password for all.
 */
final class PassKeyStore {

  static final String CSCA = "csca";
  private static final String PKCS12 = "PKCS12";

  private PassKeyStore() {}

  static PassKeys read(Path pkcs12, char[] password, String currentAlias) {
    try (InputStream in = Files.newInputStream(pkcs12)) {
      return read(in, pkcs12.toString(), password, currentAlias);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the pass keystore " + pkcs12, e);
    }
  }

  static PassKeys read(InputStream in, String name, char[] password, String currentAlias) {
    try {
      var store = KeyStore.getInstance(PKCS12);
      store.load(in, password);
      if (!(store.getCertificate(CSCA) instanceof X509Certificate csca)) {
        throw new IllegalArgumentException(name + " has no CSCA certificate entry '" + CSCA + "'");
      }
      var signers = new ArrayList<DocumentSigner>();
      for (var alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          var key = (PrivateKey) store.getKey(alias, password);
          var certificate = (X509Certificate) store.getCertificate(alias);
          signers.add(new DocumentSigner(alias, key, certificate));
        }
      }
      return new PassKeys(csca, signers, currentAlias);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot read the pass keystore " + name, e);
    }
  }

  static void write(PassKeys keys, Path pkcs12, char[] password) {
    try (OutputStream out = Files.newOutputStream(pkcs12)) {
      write(keys, out, password);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the pass keystore " + pkcs12, e);
    }
  }

  static void write(PassKeys keys, OutputStream out, char[] password) {
    try {
      var store = KeyStore.getInstance(PKCS12);
      store.load(null, password);
      store.setCertificateEntry(CSCA, keys.csca());
      for (var signer : keys.signers()) {
        var chain = new Certificate[] {signer.certificate(), keys.csca()};
        store.setKeyEntry(signer.alias(), signer.privateKey(), password, chain);
      }
      store.store(out, password);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot write the pass keystore", e);
    }
  }
}
