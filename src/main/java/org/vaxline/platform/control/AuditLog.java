package org.vaxline.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import org.vaxline.platform.entity.AuditEntry;
import org.vaxline.platform.entity.AuditEntry.AuditView;

/**
 * Who did what (ARCHITECTURE.md principle 7). An entry joins the caller's transaction, so an action
 * and its record commit or vanish together; a refusal is recorded on its own, because the refused
 * request rolls back.
 */
@ApplicationScoped
public class AuditLog {

  public static final int PAGE_SIZE = 200;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(TxType.MANDATORY)
  public void record(String actor, String action, String subject, String detail) {
    em.persist(new AuditEntry(clock.instant(), actor, action, subject, detail));
  }

  /** For an action whose own transactions have already committed. */
  @Transactional(TxType.REQUIRES_NEW)
  public void recordAfter(String actor, String action, String subject, String detail) {
    em.persist(new AuditEntry(clock.instant(), actor, action, subject, detail));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void recordRefusal(String actor, String action, String subject, String detail) {
    em.persist(new AuditEntry(clock.instant(), actor, action, subject, detail));
  }

  /** Entries after the given id, oldest first, for operators paging through the log. */
  public List<AuditView> after(long id, String subject) {
    return em.createQuery(
            "select a from AuditEntry a where a.id > :id and (:subject is null or a.subject ="
                + " :subject or a.actor = :subject) order by a.id",
            AuditEntry.class)
        .setParameter("id", id)
        .setParameter("subject", subject)
        .setMaxResults(PAGE_SIZE)
        .getResultStream()
        .map(AuditEntry::view)
        .toList();
  }
}
