package org.vaxline.clinic.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.vaxline.allocation.control.Allocation;
import org.vaxline.allocation.control.Allocation.ClinicSlot;
import org.vaxline.allocation.control.Allocation.NewSlot;
import org.vaxline.campaign.control.CampaignCatalog;
import org.vaxline.clinic.entity.DoseBudget;
import org.vaxline.clinic.entity.OfferedSlot;
import org.vaxline.clinic.entity.SlotPlanner;
import org.vaxline.platform.control.AuditLog;
import org.vaxline.platform.control.KoreaTime;

/**
 * Opens a campaign's slots at a clinic from its weekly template, never offering more doses than its
 * stock will hold on each day ({@link SlotPlanner}, {@link DoseBudget}). A time at which the clinic
 * already offers a product keeps that slot: it is raised if the stock now allows, and left alone if
 * it belongs to another campaign. Only the campaign's products are opened.
 */
@ApplicationScoped
public class SlotOpening {

  /** How far ahead slots may be opened. */
  static final int MAX_DAYS = 92;

  @Inject Schedules schedules;
  @Inject DoseStock stock;
  @Inject Allocation allocation;
  @Inject CampaignCatalog campaigns;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** What opening did: slots added and slots raised. */
  public record Opened(int opened, int raised, int doses) {}

  public Opened open(long clinic, long campaign, LocalDate from, LocalDate to, String actor) {
    var now = clock.instant();
    var found = campaigns.find(campaign, now);
    if (found.status().equals("CLOSED")) {
      throw ScheduleRejected.invalid("campaign " + campaign + " has closed");
    }
    var products = found.products();
    if (to.isBefore(from)
        || from.isBefore(KoreaTime.date(now))
        || to.isAfter(from.plusDays(MAX_DAYS))) {
      throw ScheduleRejected.invalid(
          "open from today or later, at most " + MAX_DAYS + " days at a time");
    }
    var schedule = schedules.of(clinic).orElseThrow(ScheduleRejected::noSchedule);
    var existing = new HashMap<String, ClinicSlot>();
    var offered = new ArrayList<OfferedSlot>();
    for (var slot : allocation.ofClinic(clinic, KoreaTime.startOf(KoreaTime.date(now)))) {
      var start = LocalDateTime.ofInstant(slot.facts().startsAt(), KoreaTime.ZONE);
      existing.put(key(start, slot.facts().product()), slot);
      offered.add(new OfferedSlot(start, slot.facts().product(), slot.facts().capacity(), 0));
    }
    var plan =
        new SlotPlanner(schedule).plan(from, to, new DoseBudget(stock.ledger(clinic), offered));
    var opened = new ArrayList<NewSlot>();
    Map<Long, Integer> raised = new HashMap<>();
    int doses = 0;
    for (var planned : plan) {
      if (!products.contains(planned.productCode())) {
        continue;
      }
      var known = existing.get(key(planned.start(), planned.productCode()));
      if (known == null) {
        opened.add(
            new NewSlot(
                campaign,
                clinic,
                planned.productCode(),
                planned.startsAt(),
                planned.endsAt(),
                planned.capacity()));
        doses += planned.capacity();
      } else if (known.facts().campaign() == campaign
          && planned.capacity() > known.facts().capacity()) {
        raised.put(known.facts().id(), planned.capacity());
        doses += planned.capacity() - known.facts().capacity();
      }
    }
    allocation.publish(opened, raised);
    var result = new Opened(opened.size(), raised.size(), doses);
    audit.recordAfter(
        actor,
        "clinic.slots.opened",
        "clinic:" + clinic,
        "campaign " + campaign + " " + from + ".." + to + ": " + result);
    return result;
  }

  private static String key(LocalDateTime start, String product) {
    return start + "/" + product;
  }
}
