package org.vaxline.clinic.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.vaxline.clinic.entity.Province;
import org.vaxline.clinic.entity.Province.ProvinceView;

/** The 17 provinces, for filtering clinics by where people live. */
@Path("provinces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProvincesResource {

  @PersistenceContext EntityManager em;

  @GET
  public List<ProvinceView> provinces() {
    return em.createQuery("select p from Province p order by p.code", Province.class)
        .getResultStream()
        .map(Province::view)
        .toList();
  }
}
