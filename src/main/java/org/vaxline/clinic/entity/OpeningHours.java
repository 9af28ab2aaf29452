package org.vaxline.clinic.entity;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The sessions of one day, in time order and never overlapping (sessions that touch, 12:00 end and
 * 12:00 start, are allowed). No session means closed.
 */
public record OpeningHours(List<OpeningSession> sessions) {

  public static final OpeningHours CLOSED = new OpeningHours(List.of());

  public OpeningHours {
    Objects.requireNonNull(sessions, "sessions");
    sessions =
        sessions.stream()
            .map(s -> Objects.requireNonNull(s, "session"))
            .sorted(Comparator.comparing(OpeningSession::opens))
            .toList();
    // An overlap would offer the same minutes twice and so count the same staff and doses twice.
    for (int i = 1; i < sessions.size(); i++) {
      if (sessions.get(i - 1).overlaps(sessions.get(i))) {
        throw new IllegalArgumentException(
            "sessions overlap: " + sessions.get(i - 1) + " and " + sessions.get(i));
      }
    }
  }

  public static OpeningHours of(OpeningSession... sessions) {
    return new OpeningHours(List.of(sessions));
  }

  public boolean isClosed() {
    return sessions.isEmpty();
  }

  /**
   * A session shorter than one slot would offer nothing at all: almost surely a typo in the hours
   * or in the slot length, so it is refused rather than silently dropped.
   */
  void requireRoomForOneSlot(Duration slotLength, Object day) {
    for (var session : sessions) {
      if (session.minutes() < slotLength.toMinutes()) {
        throw new IllegalArgumentException(
            "on "
                + day
                + " the session "
                + session
                + " is shorter than one "
                + slotLength.toMinutes()
                + "-minute slot");
      }
    }
  }
}
