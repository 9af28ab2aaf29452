package org.vaxline.campaign.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.vaxline.campaign.control.CampaignCatalog;
import org.vaxline.campaign.entity.Applicant;
import org.vaxline.campaign.entity.CampaignView;
import org.vaxline.campaign.entity.Eligibility;
import org.vaxline.campaign.entity.Reason;
import org.vaxline.identity.control.CitizenSessions;
import org.vaxline.identity.control.People;

/**
 * May the verified person, or someone they act for, book now? Decided by the same rules and code as
 * the public check, from the register's birth date and priority groups, at the server's clock.
 */
@Path("me/eligibility")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

  @Inject CitizenSessions sessions;
  @Inject People people;
  @Inject CampaignCatalog catalog;
  @Inject Clock clock;

  @GET
  public MyEligibility eligibility(
      @CookieParam(CitizenSessions.COOKIE) String token,
      @QueryParam("person") @Pattern(regexp = "\\d{1,18}", message = "is a person ref")
          String person) {
    var session = sessions.require(token);
    var facts = people.facts(sessions.actingFor(session, person));
    var now = clock.instant();
    var verdicts = catalog.verdicts(new Applicant(facts.birthDate(), facts.groups()), now);
    var each = new ArrayList<Eligibility>();
    var campaigns = new ArrayList<CampaignAnswer>();
    for (var verdict : verdicts) {
      var answer = verdict.eligibility();
      each.add(answer);
      campaigns.add(
          new CampaignAnswer(
              verdict.campaign().id(),
              verdict.campaign().name(),
              verdict.campaign().nameEn(),
              answer.eligible(),
              answer.reason(),
              CampaignView.korean(answer.nextEligibleAt()),
              CampaignView.korean(answer.eligibleUntil())));
    }
    var overall = Eligibility.anyOf(each);
    return new MyEligibility(
        String.valueOf(facts.resident()),
        CampaignView.korean(now),
        overall.eligible(),
        overall.reason(),
        CampaignView.korean(overall.nextEligibleAt()),
        CampaignView.korean(overall.eligibleUntil()),
        campaigns);
  }

  /** Overall (eligible when any campaign admits) and campaign by campaign. */
  public record MyEligibility(
      String person,
      OffsetDateTime at,
      boolean eligible,
      Reason reason,
      OffsetDateTime nextEligibleAt,
      OffsetDateTime eligibleUntil,
      List<CampaignAnswer> campaigns) {}

  public record CampaignAnswer(
      long id,
      String name,
      String nameEn,
      boolean eligible,
      Reason reason,
      OffsetDateTime nextEligibleAt,
      OffsetDateTime eligibleUntil) {}
}
