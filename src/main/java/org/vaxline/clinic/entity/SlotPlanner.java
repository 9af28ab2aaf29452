package org.vaxline.clinic.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Turns a clinic's schedule into slots for a range of days, offering no dose the stock will not
 * cover (issue 6). Planning is repeatable: existing slots are passed in the budget, a slot that
 * exists is only ever raised towards the template (never lowered: its seats may be booked), and
 * planning the same range again with the result in the budget plans nothing more.
 */
public final class SlotPlanner {

  private final ClinicSchedule schedule;

  public SlotPlanner(ClinicSchedule schedule) {
    this.schedule = Objects.requireNonNull(schedule, "schedule");
  }

  /**
   * The slots to create, or to raise to the capacity given, from {@code from} to {@code to}
   * inclusive, in order of start and product. Slots starting before the ledger's {@code asOf} are
   * left out: nobody can be booked into the past, and doses promised there would be lost to later
   * days. Earlier days are filled first, since a dose given sooner protects sooner and a later
   * shipment can still fill the later days.
   */
  public List<PlannedSlot> plan(LocalDate from, LocalDate to, DoseBudget budget) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the range ends on " + to + ", before " + from);
    }
    var now = budget.ledger().asOf();
    var plan = new ArrayList<PlannedSlot>();
    for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
      var upcoming =
          schedule.slotsOn(day).stream().filter(s -> !s.startsAt().isBefore(now)).toList();
      for (var product : schedule.template().dosesPerSlot().keySet()) {
        for (var slot : capped(upcoming, product, day, budget)) {
          budget = budget.with(slot);
          plan.add(slot);
        }
      }
    }
    plan.sort(Comparator.comparing(PlannedSlot::start).thenComparing(PlannedSlot::productCode));
    return List.copyOf(plan);
  }

  /**
   * The day's slots of one product, cut to the headroom. When doses are short the LAST slots of the
   * day lose their doses first, rather than every slot a few. A multi-dose vial must be used within
   * hours of being opened (Comirnaty: 6 hours after dilution, EU SmPC section 6.3), so doses packed
   * into consecutive slots empty each vial in time, where thin slots spread over the day keep vials
   * open for longer and waste what is left in them. It also gives people the earliest times there
   * are, lets staff close early instead of waiting between thin slots, and when a shipment comes,
   * planning again tops up the cut slot and adds the ones after it, leaving the rest as they were.
   */
  private static List<PlannedSlot> capped(
      List<PlannedSlot> slots, String product, LocalDate day, DoseBudget budget) {
    int room = Math.max(0, budget.headroom(product, day));
    var capped = new ArrayList<PlannedSlot>();
    for (var slot : slots) {
      if (room == 0) {
        break;
      }
      if (!slot.productCode().equals(product)) {
        continue;
      }
      int existing = budget.capacityAt(slot.start(), product);
      int added = Math.min(room, Math.max(0, slot.capacity() - existing));
      if (added > 0) {
        room -= added;
        capped.add(new PlannedSlot(slot.start(), slot.end(), product, existing + added));
      }
    }
    return capped;
  }
}
