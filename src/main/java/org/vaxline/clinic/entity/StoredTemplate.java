package org.vaxline.clinic.entity;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A weekly template as staff send it and the database keeps it (JSON): sessions as {@code
 * "09:00-12:00"} by weekday name, the slot length in minutes, doses per slot by product. Reading it
 * builds a {@link WeeklyTemplate}, whose checks then apply.
 */
public record StoredTemplate(
    int slotMinutes, Map<String, List<String>> week, Map<String, Integer> dosesPerSlot) {

  public WeeklyTemplate template() {
    var days = new EnumMap<DayOfWeek, OpeningHours>(DayOfWeek.class);
    if (week != null) {
      week.forEach((day, sessions) -> days.put(weekday(day), hours(sessions)));
    }
    return new WeeklyTemplate(
        days, Duration.ofMinutes(slotMinutes), dosesPerSlot == null ? Map.of() : dosesPerSlot);
  }

  public static StoredTemplate of(WeeklyTemplate template) {
    var week = new TreeMap<String, List<String>>();
    template.week().forEach((day, hours) -> week.put(day.name(), text(hours)));
    return new StoredTemplate(
        (int) template.slotLength().toMinutes(), week, Map.copyOf(template.dosesPerSlot()));
  }

  /** "09:00-12:00,13:00-18:00" and back; an empty list is a closed day. */
  public static OpeningHours hours(List<String> sessions) {
    var parsed = new ArrayList<OpeningSession>();
    for (var session : sessions == null ? List.<String>of() : sessions) {
      var ends = session.split("-", -1);
      if (ends.length != 2) {
        throw new IllegalArgumentException("a session is HH:MM-HH:MM, not " + session);
      }
      try {
        parsed.add(new OpeningSession(LocalTime.parse(ends[0]), LocalTime.parse(ends[1])));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("a session is HH:MM-HH:MM, not " + session);
      }
    }
    return new OpeningHours(parsed);
  }

  public static List<String> text(OpeningHours hours) {
    return hours.sessions().stream().map(s -> s.opens() + "-" + s.closes()).toList();
  }

  private static DayOfWeek weekday(String name) {
    try {
      return DayOfWeek.valueOf(name);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("a weekday is MONDAY to SUNDAY, not " + name);
    }
  }
}
