package org.vaxline.registry.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import org.vaxline.clinic.control.ClinicDirectory;
import org.vaxline.clinic.control.UnknownClinic;
import org.vaxline.pass.verifier.TestResult;
import org.vaxline.platform.control.CalendarDates;
import org.vaxline.platform.control.KoreaTime;
import org.vaxline.registry.control.GivenDose;
import org.vaxline.registry.control.IsolationRelease;
import org.vaxline.registry.control.Recording;
import org.vaxline.registry.control.TestReport;
import org.vaxline.staff.control.StaffAccess;

/**
 * What a clinic records in the registry (clinic administrators for their own clinic, operators for
 * any): doses given, test results and releases from isolation. The clinic is the path's.
 */
@Path("clinic/{code}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistryResource {

  static final String CODE = "[A-Z0-9]{1,12}";
  static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

  @Inject ClinicDirectory clinics;
  @Inject StaffAccess staff;
  @Inject Subjects subjects;
  @Inject Recording recording;

  @POST
  @Path("doses")
  public Response dose(
      @PathParam("code") @Pattern(regexp = CODE) String code, @NotNull @Valid DoseReport report) {
    var clinic = clinic(code);
    var dose =
        new GivenDose(
            subjects.person(report.person()),
            report.product(),
            report.lot(),
            report.dose(),
            report.givenAt().toInstant(),
            clinic);
    var recorded = recording.dose(dose, staff.username());
    var booking =
        recorded
            .booking()
            .map(visit -> new BookingSettled(visit.confirmation(), visit.outcome().name()))
            .orElse(null);
    return created(
        new DoseView(
            recorded.id(),
            String.valueOf(dose.person()),
            code,
            dose.product(),
            dose.lot(),
            dose.dose(),
            dose.givenAt().atZone(KoreaTime.ZONE).toOffsetDateTime(),
            booking));
  }

  @POST
  @Path("tests")
  public Response test(
      @PathParam("code") @Pattern(regexp = CODE) String code, @NotNull @Valid TestInput input) {
    var clinic = clinic(code);
    var person = subjects.person(input.person());
    var id =
        recording.test(
            new TestReport(
                person,
                input.kind(),
                input.outcome(),
                input.sampledAt().toInstant(),
                input.notifiedAt().toInstant(),
                clinic),
            staff.username());
    return created(new Recorded(id, String.valueOf(person), code));
  }

  @POST
  @Path("recoveries")
  public Response recovery(
      @PathParam("code") @Pattern(regexp = CODE) String code, @NotNull @Valid RecoveryInput input) {
    var clinic = clinic(code);
    var person = subjects.person(input.person());
    var id =
        recording.recovery(
            new IsolationRelease(
                person,
                CalendarDates.parse("firstPositive", input.firstPositive()),
                CalendarDates.parse("released", input.released()),
                clinic),
            staff.username());
    return created(new Recorded(id, String.valueOf(person), code));
  }

  private long clinic(String code) {
    var id = clinics.byCode(code).orElseThrow(() -> new UnknownClinic(code)).id();
    staff.requireClinic(id);
    return id;
  }

  private static Response created(Object entity) {
    return Response.status(Response.Status.CREATED).entity(entity).build();
  }

  /** A dose given: who, which product from which vial, which dose, and when (with its offset). */
  public record DoseReport(
      @NotNull @Valid Subject person,
      @NotNull @Pattern(regexp = "[A-Z]{1,20}", message = "is a product code") String product,
      @NotNull
          @Pattern(
              regexp = GivenDose.LOT_FORM,
              message = "is 2 to 20 capital letters, digits and hyphens")
          String lot,
      @Min(1) @Max(9) int dose,
      @NotNull OffsetDateTime givenAt) {}

  public record TestInput(
      @NotNull @Valid Subject person,
      @NotNull TestResult.Kind kind,
      @NotNull TestResult.Outcome outcome,
      @NotNull OffsetDateTime sampledAt,
      @NotNull OffsetDateTime notifiedAt) {}

  /** The Korean dates of the first positive test and of the release from isolation. */
  public record RecoveryInput(
      @NotNull @Valid Subject person,
      @NotNull @Pattern(regexp = DATE, message = "is a date") String firstPositive,
      @NotNull @Pattern(regexp = DATE, message = "is a date") String released) {}

  /** What a dose did to the person's booking of it: GIVEN here, or RELEASED (given elsewhere). */
  public record BookingSettled(String confirmation, String outcome) {}

  public record DoseView(
      long id,
      String person,
      String clinic,
      String product,
      String lot,
      int dose,
      OffsetDateTime givenAt,
      BookingSettled booking) {}

  public record Recorded(long id, String person, String clinic) {}
}
