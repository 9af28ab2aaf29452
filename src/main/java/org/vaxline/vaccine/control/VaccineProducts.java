package org.vaxline.vaccine.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vaxline.vaccine.entity.DoseSchedule;
import org.vaxline.vaccine.entity.EuCodes;
import org.vaxline.vaccine.entity.VaccineProduct;

/** The vaccine feature's public service: which products exist and how each is given. */
@ApplicationScoped
public class VaccineProducts {

  @PersistenceContext EntityManager em;

  /** Products are reference data (db/V4), changed only by a migration: read once per node. */
  private volatile Map<String, DoseSchedule> schedules;

  private volatile Map<String, EuCodes> euCodes;

  @Transactional
  public Set<String> codes() {
    return new TreeSet<>(schedules().keySet());
  }

  @Transactional
  public Optional<DoseSchedule> schedule(String product) {
    return Optional.ofNullable(schedules().get(product));
  }

  /** How a pass names the product (EU value sets). */
  @Transactional
  public Optional<EuCodes> euCodes(String product) {
    if (euCodes == null) {
      euCodes =
          em.createQuery("select v from VaccineProduct v", VaccineProduct.class)
              .getResultStream()
              .collect(
                  Collectors.toUnmodifiableMap(
                      v -> v.schedule().product(), VaccineProduct::euCodes));
    }
    return Optional.ofNullable(euCodes.get(product));
  }

  /** In the caller's transaction: Payara wants JPA inside one when JCache is used later. */
  private Map<String, DoseSchedule> schedules() {
    if (schedules == null) {
      schedules =
          em.createQuery("select v from VaccineProduct v", VaccineProduct.class)
              .getResultStream()
              .map(VaccineProduct::schedule)
              .collect(Collectors.toUnmodifiableMap(DoseSchedule::product, Function.identity()));
    }
    return schedules;
  }
}
