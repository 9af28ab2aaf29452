package org.vaxline.clinic.control;

import org.vaxline.platform.control.DomainException;

/** A schedule, exception, stock entry or slot opening that the clinic's rules refuse. */
public class ScheduleRejected extends DomainException {

  ScheduleRejected(String slug, String title, String detail) {
    super(slug, title, 422, detail);
  }

  static ScheduleRejected invalid(String detail) {
    return new ScheduleRejected("schedule-invalid", "Schedule not valid", detail);
  }

  static ScheduleRejected stock(String detail) {
    return new ScheduleRejected("stock-invalid", "Stock entry not valid", detail);
  }

  static ScheduleRejected noSchedule() {
    return new ScheduleRejected(
        "schedule-missing",
        "No schedule",
        "Set the clinic's weekly schedule before opening slots.");
  }
}
