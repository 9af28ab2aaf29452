package org.vaxline.waitingroom.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vaxline.platform.control.KoreaTime;

@Tag("time-rules")
class AdmissionHistoryTest {

  static final Instant OPENING =
      ZonedDateTime.of(2021, 7, 19, 20, 0, 0, 0, KoreaTime.ZONE).toInstant();
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final AdmissionHistory history = new AdmissionHistory(Duration.ofMinutes(5));

  /** One sample a second from {@code from} to {@code to} seconds, now-serving from a rate. */
  static long admit(AdmissionHistory history, long serving, long rate, int from, int to) {
    for (int second = from; second <= to; second++) {
      history.record(OPENING.plusSeconds(second), serving);
      serving += rate;
    }
    return serving - rate;
  }

  @Test
  void measuresAdmissionsPerSecondOverTheTrailingWindow() {
    long serving = admit(history, 0, 100, 0, 120);
    admit(history, serving + 300, 300, 121, 180);
    assertEquals(300.0, history.rate(MINUTE).getAsDouble(), 1e-9);
    assertEquals((120 * 100 + 60 * 300) / 180.0, history.rate(Duration.ofMinutes(3)).getAsDouble());
  }

  @Test
  void knowsNoRateForAWindowLongerThanItsHistory() {
    admit(history, 0, 500, 0, 59);
    assertTrue(history.rate(MINUTE).isEmpty(), "59 seconds of history");
    history.record(OPENING.plusSeconds(60), 30_000);
    assertEquals(500.0, history.rate(MINUTE).getAsDouble());
    assertTrue(new AdmissionHistory(MINUTE).rate(MINUTE).isEmpty(), "no samples at all");
  }

  @Test
  void keepsAFixedRingHoweverManySamplesItRecords() {
    int capacity = history.capacity();
    assertEquals(AdmissionHistory.SLOTS, capacity);
    admit(history, 0, 1_000, 0, 1_000_000);
    assertEquals(capacity, history.capacity());
    assertTrue(history.size() <= capacity, history.size() + " samples kept");
    assertEquals(1_000.0, history.rate(Duration.ofMinutes(5)).getAsDouble());
    assertTrue(history.rate(Duration.ofSeconds(301)).isEmpty(), "kept only the span");
  }

  @Test
  void thinsSamplesThatComeFasterThanItsResolution() {
    var start = OPENING.plusSeconds(1);
    for (int tick = 0; tick <= 60_000; tick++) {
      history.record(start.plusMillis(10L * tick), 10L * tick);
    }
    assertTrue(history.size() <= AdmissionHistory.SLOTS, history.size() + " samples kept");
    assertEquals(1_000.0, history.rate(Duration.ofMinutes(5)).getAsDouble(), 1e-9);
    assertEquals(1_000.0, history.rate(Duration.ofSeconds(7)).getAsDouble(), 1e-9);
  }

  @Test
  void ignoresSamplesThatDoNotMoveTimeForward() {
    admit(history, 0, 10, 0, 60);
    history.record(OPENING.plusSeconds(60), 999_999);
    history.record(OPENING.plusSeconds(30), 999_999);
    assertEquals(10.0, history.rate(MINUTE).getAsDouble());
  }

  @Test
  void startsOverWhenNowServingGoesBack() {
    admit(history, 0, 10, 0, 120);
    admit(history, 0, 10, 121, 150);
    assertTrue(history.rate(MINUTE).isEmpty(), "30 seconds since the restart");
    assertEquals(Duration.ofSeconds(29), history.admissionSpan(), "moving since second 121");
  }

  @Test
  void theHistoryOfAdmissionsStartsWhenNowServingFirstMoves() {
    admit(history, 0, 0, 0, 600);
    assertEquals(Duration.ZERO, history.admissionSpan(), "the pre-queue admits no one");
    assertEquals(0.0, history.rate(MINUTE).getAsDouble());
    admit(history, 500, 500, 601, 630);
    assertEquals(Duration.ofSeconds(30), history.admissionSpan());
    admit(history, 15_500, 500, 631, 1_200);
    assertEquals(Duration.ofSeconds(300), history.admissionSpan(), "no longer than the span");
  }

  @Test
  void refusesWhatIsNoSampleOrWindow() {
    assertThrows(IllegalArgumentException.class, () -> history.record(OPENING, -1));
    assertThrows(NullPointerException.class, () -> history.record(null, 1));
    assertThrows(IllegalArgumentException.class, () -> history.rate(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new AdmissionHistory(Duration.ofMillis(1)));
  }

  @Test
  void readersSeeWholeSamplesWhileTheWriterRecords() throws InterruptedException {
    var done = new AtomicBoolean();
    var wrong = new ConcurrentLinkedQueue<Double>();
    var readers = new ArrayList<Thread>();
    for (int i = 0; i < 3; i++) {
      var reader =
          new Thread(
              () -> {
                while (!done.get()) {
                  var rate = history.rate(MINUTE);
                  if (rate.isPresent() && rate.getAsDouble() != 1_000.0) {
                    wrong.add(rate.getAsDouble());
                  }
                }
              });
      reader.start();
      readers.add(reader);
    }
    admit(history, 0, 1_000, 0, 100_000);
    done.set(true);
    for (var reader : readers) {
      reader.join();
    }
    assertTrue(wrong.isEmpty(), "torn reads gave rates " + wrong);
    assertFalse(history.rate(MINUTE).isEmpty());
  }
}
