package org.vaxline.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.vaxline.campaign.control.CampaignCatalog;
import org.vaxline.clinic.control.ClinicDirectory;
import org.vaxline.clinic.control.DoseStock;
import org.vaxline.clinic.control.Schedules;
import org.vaxline.clinic.control.SlotOpening;
import org.vaxline.clinic.entity.StoredTemplate;
import org.vaxline.platform.control.KoreaTime;

/**
 * Something to book in demo mode: each province's first site and the Busan demo clinic get a weekly
 * schedule, a weekly shipment of each mRNA vaccine and seven weeks of slots (long enough for a
 * second dose of Pfizer or Moderna), through the clinic feature's own services, as clinic staff
 * would. The campaigns open now take the clinics in turn, so each has somewhere to book.
 */
@ApplicationScoped
public class DemoSlots {

  static final int WEEKS = 7;

  /** About what the template offers in a week, so that stock, not the template, rarely binds. */
  static final int DOSES_PER_WEEK = 600;

  private static final String ACTOR = "demo";
  private static final Logger LOG = Logger.getLogger(DemoSlots.class.getName());
  private static final List<String> WEEKDAY = List.of("09:00-12:00", "13:00-18:00");

  /** A working week as most 위탁의료기관 kept it in 2021, with Saturday mornings. */
  static final StoredTemplate TEMPLATE =
      new StoredTemplate(
          60,
          Map.of(
              "MONDAY", WEEKDAY,
              "TUESDAY", WEEKDAY,
              "WEDNESDAY", WEEKDAY,
              "THURSDAY", WEEKDAY,
              "FRIDAY", WEEKDAY,
              "SATURDAY", List.of("09:00-13:00")),
          Map.of("PFIZER", 12, "MODERNA", 10));

  @Inject ClinicDirectory clinics;
  @Inject Schedules schedules;
  @Inject DoseStock stock;
  @Inject SlotOpening opening;
  @Inject CampaignCatalog campaigns;
  @Inject Clock clock;

  public void open() {
    var today = KoreaTime.date(clock.instant());
    var open =
        campaigns.current(clock.instant()).stream()
            .filter(campaign -> !campaign.opensAt().toInstant().isAfter(clock.instant()))
            .toList();
    if (open.isEmpty()) {
      return;
    }
    clinics.reload(); // the loader has just written the clinics, maybe after the last reload
    int slots = 0;
    var codes = codes();
    for (int i = 0; i < codes.size(); i++) {
      var clinic = clinics.byCode(codes.get(i)).orElseThrow().id();
      schedules.replace(clinic, TEMPLATE, ACTOR);
      for (var product : TEMPLATE.dosesPerSlot().keySet()) {
        for (int week = 0; week <= WEEKS; week++) {
          stock.record(
              clinic,
              DoseStock.Kind.RECEIVED,
              product,
              DOSES_PER_WEEK,
              today.plusWeeks(week),
              ACTOR);
        }
      }
      var campaign = open.get(i % open.size()).id();
      slots += opening.open(clinic, campaign, today, today.plusWeeks(WEEKS), ACTOR).opened();
    }
    var opened = slots;
    LOG.info(() -> "Demo slots opened: " + opened + " at " + codes().size() + " clinics");
  }

  /** Each province's first site (its centre), and the clinic of the Busan demo administrator. */
  static List<String> codes() {
    var codes = new ArrayList<String>();
    for (var province : Provinces.ALL) {
      codes.add("C%s0001".formatted(province.code()));
    }
    codes.add("C260002");
    return codes;
  }
}
