package org.vaxline.platform.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock for tests of time rules: it stands still until the test moves it. */
public final class SettableClock extends Clock {

  private Instant now;

  public SettableClock(Instant start) {
    this.now = start;
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return KoreaTime.ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("Vaxline's clock is always in Asia/Seoul");
  }
}
