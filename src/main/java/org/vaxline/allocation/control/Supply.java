package org.vaxline.allocation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import org.vaxline.platform.control.AuditLog;
import org.vaxline.platform.control.DomainException;
import org.vaxline.vaccine.control.VaccineProducts;

/**
 * A product's national supply, stopped or resumed by operators. Every booking's transaction reads
 * it, so once stopped no further booking of the product commits, on any node; availability shows
 * the product as exhausted on this node at once and on the others within a second.
 */
@ApplicationScoped
public class Supply {

  @PersistenceContext EntityManager em;
  @Inject SlotIndex index;
  @Inject VaccineProducts vaccines;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Supply self;

  public void set(String product, boolean suspended, String reason, String actor) {
    self.store(product, suspended, reason, actor);
    index.refresh();
  }

  @Transactional
  public void store(String product, boolean suspended, String reason, String actor) {
    if (vaccines.schedule(product).isEmpty()) {
      throw new UnknownProduct(product);
    }
    em.createNativeQuery(
            "insert into product_supply (product_code, suspended, reason, revised_at)"
                + " values (?, ?, ?, ?) on conflict (product_code) do update set suspended ="
                + " excluded.suspended, reason = excluded.reason, revised_at = excluded.revised_at")
        .setParameter(1, product)
        .setParameter(2, suspended)
        .setParameter(3, reason)
        .setParameter(4, Timestamp.from(clock.instant()))
        .executeUpdate();
    audit.record(actor, suspended ? "supply.suspended" : "supply.resumed", product, reason);
  }

  static final class UnknownProduct extends DomainException {
    UnknownProduct(String product) {
      super(
          "product-not-found",
          "No such product",
          404,
          "There is no vaccine product " + product + ".");
    }
  }
}
