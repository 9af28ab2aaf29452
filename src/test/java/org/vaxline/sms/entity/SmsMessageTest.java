package org.vaxline.sms.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SmsMessageTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2021-07-19T11:00:00Z"), ZoneOffset.UTC);
  private static final RetryPolicy RETRIES =
      new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(10));
  private static final byte[] TEXT = {1, 2, 3};
  private static final byte[] CODE = {4, 5, 6};

  @Test
  void aClaimCountsTheAttemptAndKeepsTheRowFromOtherNodesUntilTheLeaseEnds() {
    var message = pending();
    var leaseUntil = CLOCK.instant().plusSeconds(120);
    message.claim(leaseUntil);
    assertEquals(1, message.attempts());
    assertEquals(leaseUntil, message.nextAttemptAt);
  }

  @Test
  void aDeliveredMessageLosesItsCodeAndKeepsItsWords() {
    var message = claimed();
    var status = message.record("smpp", new Delivery.Accepted("m-1"), CLOCK.instant(), RETRIES);
    assertEquals(SmsStatus.DELIVERED, status);
    assertNull(message.sealedCode());
    assertArrayEquals(TEXT, message.sealedText());
    assertEquals(CLOCK.instant(), message.sentAt);
    assertEquals("m-1", message.providerMessageId);
  }

  @Test
  void aFailedAttemptIsTriedAgainAfterTheBackOffWithItsCode() {
    var message = claimed();
    var status =
        message.record("smpp", new Delivery.Refused("busy", false), CLOCK.instant(), RETRIES);
    assertEquals(SmsStatus.PENDING, status);
    assertEquals(CLOCK.instant().plusSeconds(10), message.nextAttemptAt);
    assertNotNull(message.sealedCode());
    assertEquals("busy", message.lastError);
  }

  @Test
  void theLastFailedAttemptGivesUpAndErasesTheCode() {
    var message = pending();
    for (int i = 0; i < 3; i++) {
      message.claim(CLOCK.instant().plusSeconds(120));
      message.record("smpp", new Delivery.Refused("busy", false), CLOCK.instant(), RETRIES);
    }
    assertEquals(SmsStatus.FAILED, message.status);
    assertNull(message.sealedCode());
  }

  @Test
  void aRefusalForGoodGivesUpAtTheFirstAttempt() {
    var message = claimed();
    var status =
        message.record(
            "smpp", new Delivery.Refused("invalid destination", true), CLOCK.instant(), RETRIES);
    assertEquals(SmsStatus.FAILED, status);
    assertNull(message.sealedCode());
  }

  @Test
  void aLongErrorIsCutToTheColumn() {
    var message = claimed();
    message.record("smpp", new Delivery.Refused("x".repeat(500), false), CLOCK.instant(), RETRIES);
    assertEquals(200, message.lastError.length());
  }

  @Test
  void aDecoyIsWithheldAndLosesItsCode() {
    var message = pending();
    message.status = SmsStatus.DECOY;
    message.withheld();
    assertEquals(SmsStatus.WITHHELD, message.status);
    assertNull(message.sealedCode());
    assertEquals(0, message.attempts());
  }

  private static SmsMessage pending() {
    var message = new SmsMessage();
    message.id = 7L;
    message.status = SmsStatus.PENDING;
    message.sealedText = TEXT;
    message.sealedCode = CODE;
    message.createdAt = CLOCK.instant();
    message.nextAttemptAt = CLOCK.instant();
    return message;
  }

  private static SmsMessage claimed() {
    var message = pending();
    message.claim(CLOCK.instant().plusSeconds(120));
    return message;
  }
}
