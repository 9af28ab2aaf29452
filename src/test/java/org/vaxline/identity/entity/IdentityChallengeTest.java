package org.vaxline.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vaxline.identity.entity.IdentityChallenge.Outcome;

@Tag("time-rules")
class IdentityChallengeTest {

  private static final Instant SENT = Instant.parse("2021-07-19T11:00:00Z");
  private static final byte[] RIGHT = hash(1);
  private static final byte[] WRONG = hash(2);
  private static final Duration MS = Duration.ofMillis(1);

  @Test
  void aCodeIsAcceptedUntilOneMillisecondBeforeThreeMinutes() {
    assertEquals(
        Outcome.CONFIRMED, real().attempt(RIGHT, SENT.plus(Duration.ofMinutes(3)).minus(MS)));
  }

  @Test
  void aCodeHasExpiredAtExactlyThreeMinutesAndAfter() {
    assertEquals(Outcome.EXPIRED, real().attempt(RIGHT, SENT.plus(Duration.ofMinutes(3))));
    assertEquals(Outcome.EXPIRED, real().attempt(RIGHT, SENT.plus(Duration.ofMinutes(3)).plus(MS)));
  }

  @Test
  void fiveGuessesAreCheckedAndTheSixthIsRefusedEvenWhenRight() {
    var challenge = real();
    for (int left = 4; left >= 0; left--) {
      assertEquals(Outcome.WRONG, challenge.attempt(WRONG, SENT));
      assertEquals(left, challenge.attemptsLeft());
    }
    assertEquals(Outcome.EXHAUSTED, challenge.attempt(RIGHT, SENT));
  }

  @Test
  void theFifthGuessMayStillBeRight() {
    var challenge = real();
    for (int i = 0; i < 4; i++) {
      challenge.attempt(WRONG, SENT);
    }
    assertEquals(Outcome.CONFIRMED, challenge.attempt(RIGHT, SENT));
  }

  @Test
  void aConfirmedCodeCannotBeReplayed() {
    var challenge = real();
    assertEquals(Outcome.CONFIRMED, challenge.attempt(RIGHT, SENT));
    assertEquals(Outcome.ALREADY_USED, challenge.attempt(RIGHT, SENT.plusSeconds(1)));
  }

  @Test
  void aDecoyBehavesLikeARealChallengeAndNeverConfirms() {
    var decoy = challenge(null);
    var real = real();
    for (int i = 0; i < 5; i++) {
      assertEquals(real.attempt(WRONG, SENT), decoy.attempt(RIGHT, SENT));
      assertEquals(real.attemptsLeft(), decoy.attemptsLeft());
    }
    assertEquals(Outcome.EXHAUSTED, decoy.attempt(RIGHT, SENT));
  }

  private static IdentityChallenge real() {
    return challenge(42L);
  }

  private static IdentityChallenge challenge(Long subject) {
    return new IdentityChallenge(
        "0123456789abcdef0123456789abcdef",
        ChallengePurpose.SELF,
        hash(9),
        subject,
        null,
        hash(8),
        RIGHT,
        SENT);
  }

  private static byte[] hash(int fill) {
    var bytes = new byte[32];
    java.util.Arrays.fill(bytes, (byte) fill);
    return bytes;
  }
}
