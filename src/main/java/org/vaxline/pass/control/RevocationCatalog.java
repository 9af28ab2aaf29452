package org.vaxline.pass.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import javax.cache.CacheManager;
import org.vaxline.pass.verifier.RevocationList;
import org.vaxline.platform.control.SchemaReady;
import org.vaxline.platform.control.SharedEdition;

/**
 * Every node's in-memory revocation list, so that no pass check reads the database; a revocation
 * reaches every node through a {@link SharedEdition}: within a second, or within a minute if its
 * announcement was lost with a dying node.
 */
@ApplicationScoped
public class RevocationCatalog {

  static final String CACHE = "vaxline-pass-revocations";

  @Inject Revocations revocations;
  @Inject CacheManager caches;
  @Resource ManagedScheduledExecutorService scheduler;

  private volatile Snapshot snapshot = Snapshot.of(List.of());
  private SharedEdition edition;

  /**
   * Made before any start-up work, so that a change committed by another observer of {@link
   * SchemaReady} (the demo loader's) is announced and loaded whichever runs first.
   */
  @PostConstruct
  void prepare() {
    edition = new SharedEdition("Revocations", caches, CACHE, scheduler, this::reload);
  }

  void start(@Observes SchemaReady ready) {
    edition.start();
  }

  @PreDestroy
  void stop() {
    edition.stop();
  }

  /** After a revocation commits: every node reloads, this one before the operator's next check. */
  void announce(@Observes(during = TransactionPhase.AFTER_SUCCESS) RevocationsChanged changed) {
    edition.announce();
  }

  /** The list every check on this node uses. */
  public RevocationList list() {
    return snapshot.list();
  }

  /** The list as verifiers download it. */
  public PublishedDocument document() {
    return snapshot.document();
  }

  private void reload() {
    snapshot = Snapshot.of(revocations.entries());
  }

  private record Snapshot(RevocationList list, PublishedDocument document) {

    static Snapshot of(List<String> entries) {
      return new Snapshot(RevocationList.of(entries), RevocationDocument.of(entries));
    }
  }
}
