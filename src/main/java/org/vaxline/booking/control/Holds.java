package org.vaxline.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.cache.Cache;
import javax.cache.CacheManager;
import org.vaxline.allocation.control.Allocation;
import org.vaxline.allocation.entity.SlotFacts;
import org.vaxline.booking.entity.Hold;
import org.vaxline.booking.entity.Hold.HeldDose;
import org.vaxline.campaign.control.CampaignCatalog;
import org.vaxline.campaign.entity.Applicant;
import org.vaxline.identity.control.People;
import org.vaxline.platform.control.KoreaTime;
import org.vaxline.platform.control.SharedCaches;
import org.vaxline.vaccine.control.VaccineProducts;
import org.vaxline.vaccine.entity.DoseSchedule;
import org.vaxline.waitingroom.entity.Admission;

/**
 * Holds seats while a person confirms: checks everything a booking will need (the slot's campaign
 * and time, the person's eligibility and age for the product, which doses are due and when), then
 * holds a seat on each dose's slot, all or none. The hold itself lives in JCache for {@link
 * Hold#LIFETIME}, so the booking can be confirmed on any node.
 */
@ApplicationScoped
public class Holds {

  static final String CACHE = "vaxline-holds";
  private static final String BY_ADMISSION = "admission:";
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject Allocation allocation;
  @Inject SecondDoses secondDoses;
  @Inject CampaignCatalog campaigns;
  @Inject People people;
  @Inject VaccineProducts vaccines;
  @Inject PersonBookings bookings;
  @Inject CacheManager caches;
  @Inject Clock clock;

  private volatile Cache<String, String> holds;

  /** What a person asks to hold: a slot, and optionally the slot of their second dose. */
  public record Request(
      long campaign, long person, long bookedBy, long slot, Optional<Long> secondSlot) {}

  public Hold place(Request request, Admission admission) {
    var now = clock.instant();
    var first = checkedSlot(request.slot(), request.campaign(), now);
    var facts = people.facts(request.person());
    var eligibility =
        campaigns.check(request.campaign(), new Applicant(facts.birthDate(), facts.groups()), now);
    if (!eligibility.eligible()) {
      throw BookingRefused.notEligible(eligibility.reason().name());
    }
    var plan =
        DosePlan.of(
            schedule(first.product()),
            this::schedule,
            bookings.held(request.person()),
            facts.birthDate(),
            KoreaTime.date(first.startsAt()));
    var hold =
        new Hold(
            UUID.randomUUID().toString(),
            request.campaign(),
            request.person(),
            request.bookedBy(),
            admission.id(),
            List.of(new HeldDose(plan.doses().get(0), first.id())),
            now.plus(Hold.LIFETIME));
    allocation.hold(first.id(), hold.id(), hold.expiresAt());
    if (plan.doses().size() > 1) {
      hold = withSecond(hold, plan, first, request.secondSlot(), now);
    }
    cache().put(hold.id(), JSON.toJson(hold));
    // One hold per admission: a new one gives the last one's seats back, so a script cannot hoard.
    var previous = cache().getAndPut(BY_ADMISSION + admission.id(), hold.id());
    if (previous != null) {
      find(previous).ifPresent(this::release);
    }
    return hold;
  }

  /** Adds the second dose's seat; if none can be held, the first seat is given back too. */
  private Hold withSecond(
      Hold hold, DosePlan plan, SlotFacts first, Optional<Long> chosen, Instant now) {
    try {
      var second =
          chosen.isPresent()
              ? secondDoses.holdChosen(
                  checkedSlot(chosen.get(), hold.campaign(), now), first, plan, hold)
              : secondDoses.holdDefault(first, plan, hold);
      var doses = new ArrayList<>(hold.doses());
      doses.add(new HeldDose(2, second));
      return new Hold(
          hold.id(),
          hold.campaign(),
          hold.person(),
          hold.bookedBy(),
          hold.admission(),
          doses,
          hold.expiresAt());
    } catch (RuntimeException e) {
      allocation.release(first.id(), hold.id());
      throw e;
    }
  }

  /** A hold that is gone: expired, released, confirmed already, or someone else's. */
  public static RuntimeException expired() {
    return BookingRefused.holdExpired();
  }

  public Optional<Hold> find(String id) {
    return Optional.ofNullable(cache().get(id)).map(json -> JSON.fromJson(json, Hold.class));
  }

  /** Gives the hold's seats back at once (the person changed their mind). */
  public void release(Hold hold) {
    for (var dose : hold.doses()) {
      allocation.release(dose.slot(), hold.id());
    }
    cache().remove(hold.id());
  }

  /** The hold was turned into a booking: its seats are booked now, the hold itself is done. */
  void forget(Hold hold) {
    cache().remove(hold.id());
  }

  /** {@link #forget} for a batch of holds, in one call. */
  void forgetAll(Set<String> ids) {
    cache().removeAll(ids);
  }

  SlotFacts checkedSlot(long slot, long campaign, Instant now) {
    var facts = allocation.slot(slot);
    if (facts.campaign() != campaign) {
      throw BookingRefused.otherCampaign();
    }
    if (!now.isBefore(facts.startsAt())) {
      throw BookingRefused.inThePast();
    }
    return facts;
  }

  DoseSchedule schedule(String product) {
    return vaccines
        .schedule(product)
        .orElseThrow(() -> new IllegalStateException("slot of an unknown product " + product));
  }

  private Cache<String, String> cache() {
    if (holds == null) {
      holds =
          SharedCaches.expiringAfterWrite(
              caches, CACHE, String.class, String.class, Hold.LIFETIME.plusSeconds(30));
    }
    return holds;
  }
}
