package org.vaxline.campaign.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vaxline.campaign.control.CampaignCatalog;
import org.vaxline.campaign.entity.Applicant;
import org.vaxline.campaign.entity.CampaignView;
import org.vaxline.campaign.entity.Reason;
import org.vaxline.platform.control.InvalidRequest;
import org.vaxline.platform.control.TimeRange;

/**
 * Campaigns for everyone: what is open or coming, and a rule check that needs no personal data
 * ("could someone born on this date book at this instant?"). Both are answered from the node's
 * memory; the same rules decide a verified person's real eligibility.
 *
 * <p>The rule check is what millions ask at once, so it is kept lean: the resource is one instance
 * for the application (it holds no request state) and the check reads its parameters itself rather
 * than through Bean Validation, which cost it a third of its throughput.
 */
@Path("campaigns")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CampaignsResource {

  static final String ID = "\\d{1,18}";
  private static final Pattern NUMBER = Pattern.compile(ID);
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern GROUP = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

  @Inject CampaignCatalog catalog;
  @Inject Clock clock;

  @GET
  public List<CampaignView> current() {
    return catalog.current(clock.instant());
  }

  @GET
  @Path("{id}")
  public CampaignView campaign(@PathParam("id") String id) {
    return catalog.find(campaignId(id), clock.instant());
  }

  /**
   * @param at an ISO-8601 instant with its offset ({@code 2021-07-19T20:00:00+09:00}, {@code +}
   *     written {@code %2B} in a URL); now when absent
   * @param groups priority groups the asker belongs to, if the campaign targets some
   */
  @GET
  @Path("{id}/check")
  public Check check(
      @PathParam("id") String id,
      @QueryParam("birthDate") String birthDate,
      @QueryParam("at") String at,
      @QueryParam("group") List<String> groups) {
    var campaign = campaignId(id);
    var born = TimeRange.birthDate("birthDate", date(birthDate));
    var instant = at == null ? clock.instant() : TimeRange.instant("at", instant(at));
    var answer = catalog.check(campaign, new Applicant(born, groups(groups)), instant);
    return new Check(
        campaign,
        born,
        CampaignView.korean(instant),
        answer.eligible(),
        answer.reason(),
        CampaignView.korean(answer.nextEligibleAt()),
        CampaignView.korean(answer.eligibleUntil()));
  }

  private static long campaignId(String text) {
    if (!NUMBER.matcher(text).matches()) {
      throw new InvalidRequest("The campaign id is a number.");
    }
    return Long.parseLong(text);
  }

  private static Set<String> groups(List<String> codes) {
    if (codes.size() > 10 || !codes.stream().allMatch(code -> GROUP.matcher(code).matches())) {
      throw new InvalidRequest("group names up to 10 priority group codes.");
    }
    return Set.copyOf(codes);
  }

  private static LocalDate date(String text) {
    if (text == null || !DATE.matcher(text).matches()) {
      throw new InvalidRequest("birthDate is required, as YYYY-MM-DD.");
    }
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeException e) {
      throw BadCheckInput.time("invalid-date", "birthDate " + text + " is not a calendar date.");
    }
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      throw BadCheckInput.time(
          "invalid-instant",
          "at must be an ISO-8601 instant with its offset, such as 2021-07-19T20:00:00+09:00"
              + " (write + as %2B in a URL).");
    }
  }

  /**
   * @param nextEligibleAt when this birth date next may book, if it may at all
   * @param eligibleUntil while eligible: when that ends (rotation day or campaign close)
   */
  public record Check(
      long campaign,
      LocalDate birthDate,
      OffsetDateTime at,
      boolean eligible,
      Reason reason,
      OffsetDateTime nextEligibleAt,
      OffsetDateTime eligibleUntil) {}
}
