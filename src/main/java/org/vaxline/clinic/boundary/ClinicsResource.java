package org.vaxline.clinic.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.vaxline.clinic.control.UnknownClinic;
import org.vaxline.clinic.entity.Clinic;
import org.vaxline.clinic.entity.Clinic.ClinicView;

/** Public directory of clinics, for choosing where to be vaccinated. */
@Path("clinics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClinicsResource {

  static final int PAGE_SIZE = 100;
  private static final String CODE = "[A-Z0-9]{1,12}";

  @PersistenceContext EntityManager em;

  /** One page of clinics in code order; the next page starts after the last code of this one. */
  @GET
  public List<ClinicView> clinics(
      @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "is a two-digit code")
          String province,
      @QueryParam("district")
          @Pattern(regexp = "[^\\p{Cntrl}\\s][^\\p{Cntrl}]{0,39}", message = "is a district name")
          String district,
      @QueryParam("after") @Pattern(regexp = CODE, message = "is a clinic code") String after) {
    return em.createQuery(
            "select c from Clinic c where (:province is null or c.provinceCode = :province)"
                + " and (:district is null or c.district = :district)"
                + " and (:after is null or c.code > :after) order by c.code",
            Clinic.class)
        .setParameter("province", province)
        .setParameter("district", district)
        .setParameter("after", after)
        .setMaxResults(PAGE_SIZE)
        .getResultStream()
        .map(Clinic::view)
        .toList();
  }

  @GET
  @Path("{code}")
  public ClinicView clinic(
      @PathParam("code") @Pattern(regexp = CODE, message = "is a clinic code") String code) {
    return em.createQuery("select c from Clinic c where c.code = :code", Clinic.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .map(Clinic::view)
        .orElseThrow(() -> new UnknownClinic(code));
  }
}
