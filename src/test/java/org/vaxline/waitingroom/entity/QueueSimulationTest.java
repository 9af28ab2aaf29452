package org.vaxline.waitingroom.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaxline.waitingroom.entity.AdmissionHistoryTest.OPENING;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A virtual hour at the opening: a million tickets in the queue, an admitter at 500 a second for
 * ten minutes and then at 1,000 a second, a node sampling now-serving once a second, and one ticket
 * in a thousand polling as the server tells it to. Time is milliseconds after the opening.
 */
@Tag("time-rules")
class QueueSimulationTest {

  private static final long TICKETS = 1_000_000;
  private static final long CHANGE = 600_000;
  private static final long SERVED_BEFORE_CHANGE = CHANGE / 2;
  private static final long MINUTE = 60_000;

  /** One poll: when, and the estimate's midpoint against the wait that followed, in ms. */
  record Poll(long at, long admittedAt, Optional<WaitEstimate> estimate) {

    long actual() {
      return admittedAt - at;
    }

    double error() {
      return (estimate.orElseThrow().midpoint().toNanos() / 1e6 - actual()) / actual();
    }

    boolean withinTwentyPercent() {
      return Math.abs(error()) <= 0.20;
    }

    boolean inRange() {
      var e = estimate.orElseThrow();
      return e.low().toMillis() <= actual() && actual() <= e.high().toMillis() + 1;
    }
  }

  private static long nowServing(long at) {
    long served = at <= CHANGE ? at / 2 : SERVED_BEFORE_CHANGE + (at - CHANGE);
    return Math.min(TICKETS, served);
  }

  private static long admittedAt(long position) {
    return position <= SERVED_BEFORE_CHANGE
        ? 2 * position
        : CHANGE + (position - SERVED_BEFORE_CHANGE);
  }

  private static List<Poll> simulate() {
    var history = new AdmissionHistory(Duration.ofMinutes(5));
    var due = new PriorityQueue<long[]>(Comparator.comparingLong((long[] poll) -> poll[0]));
    for (long i = 1; i <= TICKETS / 1_000; i++) {
      due.add(new long[] {i * 7_919 % 2_000, i * 1_000});
    }
    var polls = new ArrayList<Poll>();
    long sampled = -1;
    while (!due.isEmpty()) {
      var next = due.poll();
      long at = next[0];
      long position = next[1];
      for (; (sampled + 1) * 1_000 <= at; sampled++) {
        history.record(OPENING.plusSeconds(sampled + 1), nowServing((sampled + 1) * 1_000));
      }
      long ahead = position - nowServing(at) - 1;
      if (ahead >= 0) {
        var estimate = WaitEstimate.of(ahead, history);
        polls.add(new Poll(at, admittedAt(position), estimate));
        due.add(new long[] {at + PollInterval.retryAfter(ahead, estimate).toMillis(), position});
      }
    }
    return polls;
  }

  @Test
  void aMillionTicketsSeeAnEstimateWithinTwentyPercentOfTheirActualWait() {
    var polls = simulate();
    Predicate<Poll> estimated = p -> p.estimate().isPresent();
    Predicate<Poll> settled =
        p -> p.at() >= MINUTE && (p.at() < CHANGE || p.at() >= CHANGE + MINUTE);
    Predicate<Poll> oneRate = p -> p.at() >= CHANGE + MINUTE || p.admittedAt() <= CHANGE;

    report("all polls with an estimate", polls, estimated);
    report(
        "polls in the minute after the change", polls, p -> !settled.test(p) && p.at() >= CHANGE);
    report("all polls from the first minute on, but the minute after the change", polls, settled);
    report("... whose wait ran at the rate they measured", polls, settled.and(oneRate));
    report("... whose wait ran into the change", polls, settled.and(oneRate.negate()));

    assertTrue(polls.stream().filter(p -> p.at() < MINUTE).allMatch(estimated.negate()));
    for (var poll : polls.stream().filter(settled).toList()) {
      assertTrue(poll.estimate().isPresent(), "no estimate at " + poll);
      if (oneRate.test(poll)) {
        assertTrue(poll.withinTwentyPercent(), poll + " is off by " + poll.error());
      } else {
        // Measured at 500 a second, served at up to 1,000: no estimator could have known.
        assertTrue(poll.error() > 0, poll + " should have been told a longer wait");
      }
    }
    assertEquals(TICKETS / 1_000, polls.stream().map(Poll::admittedAt).distinct().count());
  }

  private static void report(String which, List<Poll> polls, Predicate<Poll> filter) {
    var chosen = polls.stream().filter(filter).toList();
    long within = chosen.stream().filter(Poll::withinTwentyPercent).count();
    long inRange = chosen.stream().filter(Poll::inRange).count();
    var worst = chosen.stream().max(Comparator.comparingDouble(p -> Math.abs(p.error())));
    System.out.printf(
        "Simulation, %s: %,d polls, %.1f %% within 20 %%, %.1f %% inside the range, worst %s%n",
        which,
        chosen.size(),
        100.0 * within / chosen.size(),
        100.0 * inRange / chosen.size(),
        worst
            .map(
                p ->
                    "%+.1f %% (at %.1f s, actual wait %.1f s)"
                        .formatted(100 * p.error(), p.at() / 1e3, p.actual() / 1e3))
            .orElse("none"));
  }
}
