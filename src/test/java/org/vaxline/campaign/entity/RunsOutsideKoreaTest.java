package org.vaxline.campaign.entity;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vaxline.platform.control.KoreaTime;

/**
 * The time rules prove they ignore the JVM's zone only when the JVM is not on Korea's time: the
 * build runs them in UTC and again in Los Angeles. A run that lost that setting on a machine in
 * Seoul (or Tokyo, same offset) would pass by luck, so it fails here instead.
 */
@Tag("time-rules")
class RunsOutsideKoreaTest {

  @Test
  void theJvmIsNotOnKoreasTime() {
    var now = Instant.now();
    var jvm = ZoneId.systemDefault();
    assertNotEquals(KoreaTime.ZONE, jvm);
    assertNotEquals(
        KoreaTime.ZONE.getRules().getOffset(now),
        jvm.getRules().getOffset(now),
        "the JVM runs in "
            + jvm
            + "; the pom's surefire executions set -Duser.timezone=UTC and America/Los_Angeles");
  }
}
