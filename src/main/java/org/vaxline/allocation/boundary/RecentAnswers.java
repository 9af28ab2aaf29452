package org.vaxline.allocation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Availability answers of the last second on this node, by query, as UTF-8 bytes. In a rush
 * thousands ask the same question ("what is free at this clinic tomorrow?") every second; within a
 * second they get the same answer, which the board itself gives no fresher (other nodes' changes
 * arrive within a second) and a hold checks anyway. The admission is checked for each request
 * before this is asked. Bounded: a full map is emptied, so many distinct queries cost at most one
 * answer each per second.
 */
@ApplicationScoped
class RecentAnswers {

  static final long FRESH_MILLIS = 1_000;
  static final int MAX_ANSWERS = 20_000;

  private record Answer(byte[] json, long madeAt) {}

  @Inject Clock clock;

  private final Map<List<String>, Answer> answers = new ConcurrentHashMap<>();

  /** The answer to the query (its parameters as given, absent ones null), made if none is fresh. */
  byte[] get(List<String> query, Supplier<String> answer) {
    var now = clock.millis();
    var recent = answers.get(query);
    if (recent != null && now - recent.madeAt() < FRESH_MILLIS) {
      return recent.json();
    }
    if (answers.size() >= MAX_ANSWERS) {
      answers.clear();
    }
    var made = new Answer(answer.get().getBytes(StandardCharsets.UTF_8), now);
    answers.put(query, made);
    return made.json();
  }
}
