package org.vaxline.campaign.entity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.vaxline.platform.control.KoreaTime;

/** Instants written as a reader in Korea says them, so a test reads like the announcement. */
final class Kst {

  private Kst() {}

  /** {@code kst("2021-07-19T20:00")} is 8 pm on 19 July 2021 in Seoul, whatever the JVM's zone. */
  static Instant kst(String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), KoreaTime.ZONE).toInstant();
  }
}
