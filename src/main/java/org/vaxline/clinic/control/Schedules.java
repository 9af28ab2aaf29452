package org.vaxline.clinic.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vaxline.clinic.entity.ClinicSchedule;
import org.vaxline.clinic.entity.ScheduleException;
import org.vaxline.clinic.entity.StoredTemplate;
import org.vaxline.platform.control.AuditLog;

/** A clinic's weekly template and its exceptions, kept in db/V8's tables. */
@ApplicationScoped
public class Schedules {

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public Optional<ClinicSchedule> of(long clinic) {
    List<?> rows =
        em.createNativeQuery("select template from clinic_schedule where clinic_id = ?")
            .setParameter(1, clinic)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    var template = JSON.fromJson((String) rows.get(0), StoredTemplate.class).template();
    return Optional.of(new ClinicSchedule(template, exceptions(clinic)));
  }

  /** Replaces the weekly template; refused, with the reason, if it is not a valid week. */
  @Transactional
  public void replace(long clinic, StoredTemplate stored, String actor) {
    String json;
    try {
      json = JSON.toJson(StoredTemplate.of(stored.template()));
    } catch (IllegalArgumentException | JsonbException e) {
      throw ScheduleRejected.invalid(e.getMessage());
    }
    em.createNativeQuery(
            "insert into clinic_schedule (clinic_id, template, revised_at, revised_by)"
                + " values (?, ?, ?, ?) on conflict (clinic_id) do update set template ="
                + " excluded.template, revised_at = excluded.revised_at, revised_by ="
                + " excluded.revised_by")
        .setParameter(1, clinic)
        .setParameter(2, json)
        .setParameter(3, java.sql.Timestamp.from(clock.instant()))
        .setParameter(4, actor)
        .executeUpdate();
    audit.record(actor, "clinic.schedule", "clinic:" + clinic, json);
  }

  /** Sets the hours of one date (no sessions: closed). */
  @Transactional
  public void except(
      long clinic, LocalDate day, List<String> sessions, String reason, String actor) {
    try {
      StoredTemplate.hours(sessions); // refuses malformed or overlapping sessions
    } catch (IllegalArgumentException e) {
      throw ScheduleRejected.invalid(e.getMessage());
    }
    var hours = sessions == null || sessions.isEmpty() ? null : String.join(",", sessions);
    em.createNativeQuery(
            "insert into clinic_schedule_exception (clinic_id, day, hours, reason)"
                + " values (?, ?, ?, ?) on conflict (clinic_id, day) do update set hours ="
                + " excluded.hours, reason = excluded.reason")
        .setParameter(1, clinic)
        .setParameter(2, Date.valueOf(day))
        .setParameter(3, hours)
        .setParameter(4, reason)
        .executeUpdate();
    audit.record(actor, "clinic.exception", "clinic:" + clinic, day + " " + hours);
  }

  private List<ScheduleException> exceptions(long clinic) {
    List<?> rows =
        em.createNativeQuery(
                "select day, hours, reason from clinic_schedule_exception where clinic_id = ?")
            .setParameter(1, clinic)
            .getResultList();
    var exceptions = new ArrayList<ScheduleException>();
    for (var row : rows) {
      var columns = (Object[]) row;
      var hours = (String) columns[1];
      exceptions.add(
          new ScheduleException(
              ((Date) columns[0]).toLocalDate(),
              StoredTemplate.hours(hours == null ? List.of() : List.of(hours.split(","))),
              (String) columns[2]));
    }
    return exceptions;
  }
}
