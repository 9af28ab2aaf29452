package org.vaxline.vaccine.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.vaxline.vaccine.entity.VaccineProduct;
import org.vaxline.vaccine.entity.VaccineProduct.VaccineView;

/** The vaccine products in use and their dose schedules. */
@Path("vaccines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VaccinesResource {

  @PersistenceContext EntityManager em;

  @GET
  public List<VaccineView> vaccines() {
    return em.createQuery("select v from VaccineProduct v order by v.code", VaccineProduct.class)
        .getResultStream()
        .map(VaccineProduct::view)
        .toList();
  }
}
