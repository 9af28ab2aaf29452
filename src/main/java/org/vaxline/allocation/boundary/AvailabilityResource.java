package org.vaxline.allocation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.vaxline.allocation.control.Availability;
import org.vaxline.campaign.control.CampaignCatalog;
import org.vaxline.clinic.control.ClinicDirectory;
import org.vaxline.clinic.control.UnknownClinic;
import org.vaxline.platform.control.CalendarDates;
import org.vaxline.platform.control.KoreaTime;
import org.vaxline.waitingroom.boundary.AdmissionHolder;
import org.vaxline.waitingroom.boundary.AdmissionRequired;
import org.vaxline.waitingroom.boundary.NeverShed;
import org.vaxline.waitingroom.boundary.ReadsOnly;

/**
 * What is free in a campaign, by province, district, clinic, product and Korean date; answered from
 * memory on the node (ARCHITECTURE.md principle 4). Without a date, the next four weeks.
 */
@Path("campaigns/{campaign}/availability")
@RequestScoped
@AdmissionRequired
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

  static final int LIMIT = 500;
  static final int DAYS_WITHOUT_DATE = 28;

  @Inject Availability availability;
  @Inject RecentAnswers recent;
  @Inject CampaignCatalog campaigns;
  @Inject ClinicDirectory clinics;
  @Inject AdmissionHolder admission;
  @Inject Clock clock;

  /**
   * The slots found, in time order, and {@code truncated} when there were more than {@value
   * #LIMIT}; written with JSON-P ({@link AvailabilityJson}) and kept for a second ({@link
   * RecentAnswers}), since this is the busiest answer of the booking side.
   */
  @GET
  @NeverShed
  @ReadsOnly
  public Response available(
      @PathParam("campaign") @Pattern(regexp = "\\d{1,18}", message = "is a campaign id")
          String campaign,
      @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "is a two-digit code")
          String province,
      @QueryParam("district") @Pattern(regexp = "[^\\p{Cntrl}]{1,40}", message = "is a district")
          String district,
      @QueryParam("clinic") @Pattern(regexp = "[A-Z0-9]{1,12}", message = "is a clinic code")
          String clinic,
      @QueryParam("product") @Pattern(regexp = "[A-Z]{1,20}", message = "is a product code")
          String product,
      @QueryParam("date") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "is a date")
          String date) {
    var id = Long.parseLong(campaign);
    admission.forCampaign(id);
    campaigns.find(id, clock.instant()); // an unknown campaign is a 404, not an empty list
    var query = Arrays.asList(campaign, province, district, clinic, product, date);
    var json = recent.get(query, () -> answer(id, province, district, clinic, product, date));
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
  }

  private String answer(
      long id, String province, String district, String clinic, String product, String date) {
    var clinicId =
        Optional.ofNullable(clinic)
            .map(code -> clinics.byCode(code).orElseThrow(() -> new UnknownClinic(code)).id());
    var from = date == null ? KoreaTime.date(clock.instant()) : CalendarDates.parse("date", date);
    var until = date == null ? from.plusDays(DAYS_WITHOUT_DATE) : from.plusDays(1);
    var query =
        new Availability.Query(
            id,
            Optional.ofNullable(province),
            Optional.ofNullable(district),
            clinicId,
            Optional.ofNullable(product),
            date == null ? clock.instant() : KoreaTime.startOf(from),
            KoreaTime.startOf(until));
    return AvailabilityJson.of(availability.find(query, LIMIT + 1), LIMIT);
  }
}
