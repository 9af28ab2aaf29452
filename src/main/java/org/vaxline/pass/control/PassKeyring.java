package org.vaxline.pass.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.CacheManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vaxline.pass.issuer.DocumentSigner;
import org.vaxline.pass.issuer.PassIssuer;
import org.vaxline.pass.issuer.PassKeys;
import org.vaxline.pass.verifier.TrustList;
import org.vaxline.platform.control.SchemaReady;
import org.vaxline.platform.control.SharedCaches;

/**
 * The pass keys of this node, the same on every node: from the PKCS#12 keystore that configuration
 * names ({@code vaxline.pass.keystore}, its password, the current signer's alias), or in demo mode
 * a CSCA and two document signers made by the first node to start and handed to the others through
 * a shared cache entry, so that any node verifies what any other issued. Demo keys protect nothing
 * and say so in the log; they live as long as the cluster does.
 */
@ApplicationScoped
public class PassKeyring {

  static final String CACHE = "vaxline-pass-keys";
  static final String DEMO_ENTRY = "demo-pkcs12";
  static final String DEMO_SIGNER = "demo-signer-1";

  /** Demo only: the keys sit in the cluster's memory anyway, the password guards nothing more. */
  private static final char[] DEMO_PASSWORD = "vaxline-demo-pass-keys".toCharArray();

  private static final Logger LOG = Logger.getLogger(PassKeyring.class.getName());

  @Inject Clock clock;
  @Inject CacheManager caches;

  @Inject
  @ConfigProperty(name = "vaxline.pass.keystore")
  Optional<String> keystore;

  @Inject
  @ConfigProperty(name = "vaxline.pass.keystore.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "vaxline.pass.signer")
  Optional<String> signer;

  @Inject
  @ConfigProperty(name = "vaxline.demo", defaultValue = "false")
  boolean demo;

  private volatile Keys loaded;

  /** Loads at start-up, so a bad keystore or the demo keys are reported at once. */
  void start(@Observes SchemaReady ready) {
    try {
      keys();
    } catch (PassKeysUnavailable e) {
      LOG.warning("No pass keystore configured (vaxline.pass.keystore): passes are unavailable");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The pass keystore cannot be used; passes are unavailable", e);
    }
  }

  public PassKeys keys() {
    return loaded().keys();
  }

  /** Every document signer of the keystore: what verifiers trust. */
  public TrustList trustList() {
    return loaded().trustList();
  }

  public PassIssuer issuer() {
    return loaded().issuer();
  }

  private Keys loaded() {
    var keys = loaded;
    if (keys == null) {
      synchronized (this) {
        if (loaded == null) {
          loaded = Keys.of(load());
        }
        keys = loaded;
      }
    }
    return keys;
  }

  private PassKeys load() {
    if (keystore.isPresent()) {
      var keys =
          PassKeys.fromKeyStore(
              Path.of(keystore.get()),
              password
                  .orElseThrow(
                      () -> new IllegalStateException("vaxline.pass.keystore.password is not set"))
                  .toCharArray(),
              signer.orElseThrow(
                  () -> new IllegalStateException("vaxline.pass.signer is not set")));
      LOG.info(() -> "Pass keys from " + keystore.get() + ": " + describe(keys));
      return keys;
    }
    if (!demo) {
      throw new PassKeysUnavailable();
    }
    return demoKeys();
  }

  /**
   * The first node to get here puts its keys in the shared cache; every other node takes those.
   * Each makes a set first (a few milliseconds) so that no node waits on another.
   */
  private PassKeys demoKeys() {
    var cache = SharedCaches.open(caches, CACHE, String.class, byte[].class);
    var made = PassKeys.demo(clock);
    if (cache.putIfAbsent(DEMO_ENTRY, made.toPkcs12(DEMO_PASSWORD))) {
      LOG.warning(
          () ->
              "DEMO pass keys generated: a CSCA and two document signers, shared with the cluster"
                  + " through its cache; passes they sign are trusted by no one else and are lost"
                  + " when the whole cluster stops. "
                  + describe(made));
      return made;
    }
    var shared = PassKeys.fromPkcs12(cache.get(DEMO_ENTRY), DEMO_PASSWORD, DEMO_SIGNER);
    LOG.warning(() -> "DEMO pass keys taken from the cluster: " + describe(shared));
    return shared;
  }

  /** Public facts only: subjects and kids, never a key. */
  private static String describe(PassKeys keys) {
    var signers = new StringBuilder();
    for (DocumentSigner each : keys.signers()) {
      signers.append(each.alias()).append(" (kid ").append(each.kid().base64()).append(") ");
    }
    return "CSCA "
        + keys.csca().getSubjectX500Principal().getName()
        + "; signers "
        + signers
        + "; current "
        + keys.currentAlias();
  }

  private record Keys(PassKeys keys, TrustList trustList, PassIssuer issuer) {

    static Keys of(PassKeys keys) {
      return new Keys(keys, keys.trustList(), new PassIssuer(keys));
    }
  }
}
