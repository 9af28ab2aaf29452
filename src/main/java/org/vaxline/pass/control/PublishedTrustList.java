package org.vaxline.pass.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.CacheManager;
import org.vaxline.platform.control.SchemaReady;
import org.vaxline.platform.control.SharedCaches;

/**
 * The signed trust list this node serves. An ECDSA signature differs each time it is made, so the
 * first node to sign a version shares its bytes through the cluster's cache and every node serves
 * those: one version, one strong ETag, whichever node a verifier revalidates against.
 */
@ApplicationScoped
public class PublishedTrustList {

  static final String CACHE = "vaxline-pass-trust-list";
  private static final Logger LOG = Logger.getLogger(PublishedTrustList.class.getName());

  @Inject PassKeyring keyring;
  @Inject CacheManager caches;

  private volatile PublishedDocument document;

  void start(@Observes SchemaReady ready) {
    try {
      document();
    } catch (PassKeysUnavailable e) {
      // PassKeyring has said so.
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The trust list cannot be published", e);
    }
  }

  public PublishedDocument document() {
    var published = document;
    if (published == null) {
      synchronized (this) {
        if (document == null) {
          document = share(TrustListDocument.sign(keyring.keys()));
        }
        published = document;
      }
    }
    return published;
  }

  private PublishedDocument share(PublishedDocument signed) {
    var cache = SharedCaches.open(caches, CACHE, String.class, String.class);
    cache.putIfAbsent(signed.version(), signed.body());
    var body = cache.get(signed.version());
    return new PublishedDocument(signed.version(), body == null ? signed.body() : body);
  }
}
