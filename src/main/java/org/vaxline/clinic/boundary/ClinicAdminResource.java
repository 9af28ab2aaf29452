package org.vaxline.clinic.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.vaxline.allocation.control.Allocation;
import org.vaxline.clinic.control.ClinicDirectory;
import org.vaxline.clinic.control.DoseStock;
import org.vaxline.clinic.control.Schedules;
import org.vaxline.clinic.control.SlotOpening;
import org.vaxline.clinic.control.UnknownClinic;
import org.vaxline.clinic.entity.StoredTemplate;
import org.vaxline.platform.control.CalendarDates;
import org.vaxline.platform.control.KoreaTime;
import org.vaxline.staff.control.StaffAccess;

/**
 * A clinic's administration (clinic administrators for their own clinic, operators for any): its
 * weekly schedule and exceptions, its dose stock, and opening a campaign's slots.
 */
@Path("clinic/{code}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClinicAdminResource {

  static final String CODE = "[A-Z0-9]{1,12}";
  static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

  @Inject ClinicDirectory clinics;
  @Inject StaffAccess staff;
  @Inject Schedules schedules;
  @Inject DoseStock stock;
  @Inject SlotOpening opening;
  @Inject Allocation allocation;
  @Inject Clock clock;

  @GET
  @Path("schedule")
  public StoredTemplate schedule(@PathParam("code") @Pattern(regexp = CODE) String code) {
    return schedules
        .of(clinic(code))
        .map(found -> StoredTemplate.of(found.template()))
        .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no schedule yet"));
  }

  @PUT
  @Path("schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  public StoredTemplate replaceSchedule(
      @PathParam("code") @Pattern(regexp = CODE) String code, @NotNull StoredTemplate template) {
    schedules.replace(clinic(code), template, staff.username());
    return schedule(code);
  }

  @PUT
  @Path("schedule/exceptions/{date}")
  @Consumes(MediaType.APPLICATION_JSON)
  public void except(
      @PathParam("code") @Pattern(regexp = CODE) String code,
      @PathParam("date") @Pattern(regexp = DATE, message = "is a date") String date,
      @NotNull @Valid DayHours exception) {
    schedules.except(
        clinic(code),
        CalendarDates.parse("date", date),
        exception.hours(),
        exception.reason(),
        staff.username());
  }

  @POST
  @Path("stock")
  @Consumes(MediaType.APPLICATION_JSON)
  public void record(
      @PathParam("code") @Pattern(regexp = CODE) String code, @NotNull @Valid Movement movement) {
    stock.record(
        clinic(code),
        movement.kind(),
        movement.product(),
        movement.doses(),
        movement.usableFrom() == null
            ? null
            : CalendarDates.parse("usableFrom", movement.usableFrom()),
        staff.username());
  }

  @POST
  @Path("slots")
  @Consumes(MediaType.APPLICATION_JSON)
  public SlotOpening.Opened open(
      @PathParam("code") @Pattern(regexp = CODE) String code, @NotNull @Valid Opening request) {
    return opening.open(
        clinic(code),
        request.campaign(),
        CalendarDates.parse("from", request.from()),
        CalendarDates.parse("to", request.to()),
        staff.username());
  }

  /** The clinic's slots from a Korean date on: capacity and bookings, from the database. */
  @GET
  @Path("slots")
  public List<SlotLine> slots(
      @PathParam("code") @Pattern(regexp = CODE) String code,
      @QueryParam("from") @Pattern(regexp = DATE, message = "is a date") String from) {
    var day = from == null ? KoreaTime.date(clock.instant()) : CalendarDates.parse("from", from);
    return allocation.ofClinic(clinic(code), KoreaTime.startOf(day)).stream()
        .map(
            slot ->
                new SlotLine(
                    slot.facts().id(),
                    slot.facts().campaign(),
                    slot.facts().product(),
                    slot.facts().startsAt().atZone(KoreaTime.ZONE).toOffsetDateTime(),
                    slot.facts().capacity(),
                    slot.booked()))
        .sorted(java.util.Comparator.comparing(SlotLine::startsAt))
        .toList();
  }

  private long clinic(String code) {
    var id = clinics.byCode(code).orElseThrow(() -> new UnknownClinic(code)).id();
    staff.requireClinic(id);
    return id;
  }

  /** A date's hours ({@code ["09:00-13:00"]}; empty: closed) and why. */
  public record DayHours(@Size(max = 6) List<String> hours, @Size(max = 200) String reason) {}

  public record Movement(
      @NotNull DoseStock.Kind kind,
      @NotNull @Pattern(regexp = "[A-Z]{1,20}") String product,
      @Positive @Max(1_000_000) int doses,
      @Pattern(regexp = DATE, message = "is a date") String usableFrom) {}

  public record Opening(
      @Positive long campaign,
      @NotNull @Pattern(regexp = DATE, message = "is a date") String from,
      @NotNull @Pattern(regexp = DATE, message = "is a date") String to) {}

  public record SlotLine(
      long slot,
      long campaign,
      String product,
      OffsetDateTime startsAt,
      int capacity,
      int booked) {}
}
