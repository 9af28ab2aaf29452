package org.vaxline.vaccine.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.TreeSet;

/** The vaccine feature's public service: which products exist. */
@ApplicationScoped
public class VaccineProducts {

  @PersistenceContext EntityManager em;

  public Set<String> codes() {
    return new TreeSet<>(
        em.createQuery("select v.code from VaccineProduct v", String.class).getResultList());
  }
}
