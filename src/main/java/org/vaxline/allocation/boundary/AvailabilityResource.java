package org.vaxline.allocation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.regex.Pattern;
import org.vaxline.allocation.control.Availability;
import org.vaxline.campaign.control.CampaignCatalog;
import org.vaxline.clinic.control.ClinicDirectory;
import org.vaxline.clinic.control.UnknownClinic;
import org.vaxline.platform.control.CalendarDates;
import org.vaxline.platform.control.InvalidRequest;
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
@ApplicationScoped
@AdmissionRequired
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

  static final int LIMIT = 500;
  private static final Pattern CAMPAIGN = Pattern.compile("\\d{1,18}");
  private static final Pattern PROVINCE = Pattern.compile("\\d{2}");
  private static final Pattern DISTRICT = Pattern.compile("[^\\p{Cntrl}]{1,40}");
  private static final Pattern CLINIC = Pattern.compile("[A-Z0-9]{1,12}");
  private static final Pattern PRODUCT = Pattern.compile("[A-Z]{1,20}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
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
      @PathParam("campaign") String campaign,
      @QueryParam("province") String province,
      @QueryParam("district") String district,
      @QueryParam("clinic") String clinic,
      @QueryParam("product") String product,
      @QueryParam("date") String date) {
    require(CAMPAIGN, campaign, "campaign", "is a campaign id");
    require(PROVINCE, province, "province", "is a two-digit code");
    require(DISTRICT, district, "district", "is a district");
    require(CLINIC, clinic, "clinic", "is a clinic code");
    require(PRODUCT, product, "product", "is a product code");
    require(DATE, date, "date", "is a date");
    var id = Long.parseLong(campaign);
    admission.forCampaign(id);
    campaigns.find(id, clock.instant()); // an unknown campaign is a 404, not an empty list
    var query = Arrays.asList(campaign, province, district, clinic, product, date);
    var json = recent.get(query, () -> answer(id, province, district, clinic, product, date));
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
  }

  /**
   * Checked here, not by Bean Validation: on the busiest read of the booking side its interceptor
   * cost more than the answer, which comes from memory.
   */
  private static void require(Pattern pattern, String value, String name, String meaning) {
    if (value != null && !pattern.matcher(value).matches()) {
      throw new InvalidRequest(name + " " + meaning + ".");
    }
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
