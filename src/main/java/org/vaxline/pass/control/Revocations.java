package org.vaxline.pass.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import org.vaxline.pass.entity.PassRevocation;
import org.vaxline.pass.entity.Revoked;
import org.vaxline.pass.issuer.Uvci;
import org.vaxline.pass.verifier.RevocationList;
import org.vaxline.platform.control.AuditLog;

/**
 * Operators revoke passes by UVCI (read out from the pass, checksum and all); the database keeps
 * only the list's hash, and every node's {@link RevocationCatalog} learns of it within seconds.
 */
@ApplicationScoped
public class Revocations {

  /** The issuing country of every Vaxline pass (CWT iss), the first half of the hashed entry. */
  public static final String COUNTRY = "KR";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject Event<RevocationsChanged> changed;
  @Inject Clock clock;

  /** Revokes the pass; revoking it again changes nothing and says so. */
  @Transactional
  public Revoked revoke(String uvci, String reason, String operator) {
    try {
      new Uvci(uvci);
    } catch (IllegalArgumentException e) {
      throw new BadPassInput("uvci is not a Vaxline UVCI with its checksum (URN:UVCI:01:KR:…#C).");
    }
    var entry = entryFor(uvci);
    // Serialises two operators revoking the same pass: the second one finds the row.
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, entry)
        .getSingleResult();
    var existing = em.find(PassRevocation.class, entry);
    if (existing != null) {
      return new Revoked(entry, existing.revokedAt(), true);
    }
    var revocation = new PassRevocation(entry, clock.instant(), operator, reason);
    em.persist(revocation);
    audit.record("staff:" + operator, "pass.revoked", "pass:" + entry, reason);
    changed.fire(new RevocationsChanged(entry));
    return new Revoked(entry, revocation.revokedAt(), false);
  }

  /** The entry that revokes a Vaxline pass with this UVCI. */
  public static String entryFor(String uvci) {
    return RevocationList.entryFor(COUNTRY, uvci);
  }

  /** Every entry, sorted. In a transaction of its own, as the catalog reloads from events. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<String> entries() {
    return em.createQuery("select r.entry from PassRevocation r order by r.entry", String.class)
        .getResultList();
  }
}
