package org.vaxline.waitingroom.control;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vaxline.platform.control.SettableClock;
import org.vaxline.waitingroom.control.ProofOfWork.Outcome;

@Tag("time-rules")
class ProofOfWorkTest {

  private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(US_ASCII);
  private static final byte[] OTHER_KEY = "another-key-another-key-another-k".getBytes(US_ASCII);
  private static final Duration LIFETIME = Duration.ofMinutes(2);
  private static final Duration MS = Duration.ofMillis(1);
  private static final long CAMPAIGN = 7;
  private static final int BITS = 12;

  private final SettableClock clock = new SettableClock(Instant.parse("2021-07-19T11:00:00Z"));
  private final ProofOfWork pow = new ProofOfWork(KEY, clock, BITS, LIFETIME);

  @Test
  void aSolvedPuzzleIsAcceptedAndNamesItsRandomPart() {
    var puzzle = pow.issue(CAMPAIGN);
    assertEquals(BITS, puzzle.difficulty());
    assertEquals(clock.instant().plus(LIFETIME), puzzle.expiresAt());
    var verdict = pow.check(CAMPAIGN, puzzle.challenge(), solve(puzzle));
    assertEquals(Outcome.VALID, verdict.outcome());
    var bytes = Base64.getUrlDecoder().decode(puzzle.challenge());
    assertEquals(HexFormat.of().formatHex(bytes, 16, 32), verdict.puzzleId());
  }

  @Test
  void everyPuzzleHasItsOwnId() {
    var first = pow.issue(CAMPAIGN);
    var second = pow.issue(CAMPAIGN);
    assertNotEquals(first.challenge(), second.challenge());
    assertNotEquals(
        pow.check(CAMPAIGN, first.challenge(), solve(first)).puzzleId(),
        pow.check(CAMPAIGN, second.challenge(), solve(second)).puzzleId());
  }

  @ParameterizedTest(name = "character {0}")
  @ValueSource(ints = {0, 11, 15, 30, 50, 84})
  void aChallengeWithOneCharacterChangedIsForgedEvenWhenSolved(int position) {
    var challenge = pow.issue(CAMPAIGN).challenge();
    var chars = challenge.toCharArray();
    chars[position] = chars[position] == 'A' ? 'B' : 'A';
    var tampered = new String(chars);
    assertEquals(
        Outcome.FORGED, pow.check(CAMPAIGN, tampered, ProofOfWork.solve(tampered, BITS)).outcome());
  }

  @Test
  void aPuzzleIssuedUnderAnotherKeyIsForged() {
    var other = new ProofOfWork(OTHER_KEY, clock, BITS, LIFETIME).issue(CAMPAIGN);
    assertEquals(Outcome.FORGED, pow.check(CAMPAIGN, other.challenge(), solve(other)).outcome());
  }

  @Test
  void aPuzzleForAnotherCampaignIsRefused() {
    var puzzle = pow.issue(CAMPAIGN);
    assertEquals(
        Outcome.OTHER_CAMPAIGN,
        pow.check(CAMPAIGN + 1, puzzle.challenge(), solve(puzzle)).outcome());
  }

  @Test
  void aPuzzleLivesUntilOneMillisecondBeforeItsExpiry() {
    var puzzle = pow.issue(CAMPAIGN);
    var nonce = solve(puzzle);
    clock.advance(LIFETIME.minus(MS));
    assertEquals(Outcome.VALID, pow.check(CAMPAIGN, puzzle.challenge(), nonce).outcome());
    clock.advance(MS);
    assertEquals(puzzle.expiresAt(), clock.instant());
    assertEquals(Outcome.EXPIRED, pow.check(CAMPAIGN, puzzle.challenge(), nonce).outcome());
    clock.advance(MS);
    assertEquals(Outcome.EXPIRED, pow.check(CAMPAIGN, puzzle.challenge(), nonce).outcome());
  }

  @Test
  void aPuzzleFromANodeWhoseClockIsAheadIsValidFromItsIssueInstant() {
    var aheadClock = new SettableClock(clock.instant().plus(MS));
    var puzzle = new ProofOfWork(KEY, aheadClock, BITS, LIFETIME).issue(CAMPAIGN);
    var nonce = solve(puzzle);
    assertEquals(Outcome.NOT_YET_VALID, pow.check(CAMPAIGN, puzzle.challenge(), nonce).outcome());
    clock.advance(MS);
    assertEquals(Outcome.VALID, pow.check(CAMPAIGN, puzzle.challenge(), nonce).outcome());
  }

  @Test
  void twoNodesSharingTheKeyAcceptEachOthersPuzzles() {
    var otherNode = new ProofOfWork(KEY, new SettableClock(clock.instant()), BITS, LIFETIME);
    var fromHere = pow.issue(CAMPAIGN);
    var fromThere = otherNode.issue(CAMPAIGN);
    assertTrue(otherNode.check(CAMPAIGN, fromHere.challenge(), solve(fromHere)).isValid());
    assertTrue(pow.check(CAMPAIGN, fromThere.challenge(), solve(fromThere)).isValid());
  }

  @ParameterizedTest(name = "{0} bits")
  @ValueSource(ints = {1, 7, 8, 9, 15, 16, 17})
  void exactlyTheDifficultyInLeadingZeroBitsIsEnoughAndOneFewerIsNot(int bits) {
    var strict = new ProofOfWork(KEY, clock, bits, LIFETIME);
    var challenge = strict.issue(CAMPAIGN).challenge();
    var oneShort = nonceWithExactly(challenge, bits - 1);
    var justEnough = nonceWithExactly(challenge, bits);
    assertEquals(Outcome.INSUFFICIENT_WORK, strict.check(CAMPAIGN, challenge, oneShort).outcome());
    assertEquals(Outcome.VALID, strict.check(CAMPAIGN, challenge, justEnough).outcome());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        " 1",
        "1 ",
        "1-2",
        "1_2",
        "1:2",
        "ü",
        "١",
        "123456789012345678901234567890123"
      })
  void aNonceOutsideOneTo32LettersAndDigitsIsMalformed(String nonce) {
    var challenge = pow.issue(CAMPAIGN).challenge();
    assertEquals(Outcome.MALFORMED, pow.check(CAMPAIGN, challenge, nonce).outcome());
  }

  @Test
  void theLongestAndShortestNoncesAreWellFormed() {
    var challenge = pow.issue(CAMPAIGN).challenge();
    for (var nonce : new String[] {"Z", "12345678901234567890123456789012"}) {
      assertTrue(pow.check(CAMPAIGN, challenge, nonce).outcome() != Outcome.MALFORMED, nonce);
    }
  }

  @Test
  void aMissingNonceOrChallengeIsMalformed() {
    var puzzle = pow.issue(CAMPAIGN);
    assertEquals(Outcome.MALFORMED, pow.check(CAMPAIGN, puzzle.challenge(), null).outcome());
    assertEquals(Outcome.MALFORMED, pow.check(CAMPAIGN, null, solve(puzzle)).outcome());
  }

  @Test
  void aChallengeThatIsNotOneOfOursInShapeIsMalformed() {
    var challenge = pow.issue(CAMPAIGN).challenge();
    var last = challenge.charAt(challenge.length() - 1);
    var sameBytesOtherSpelling = challenge.substring(0, challenge.length() - 1) + (char) (last + 1);
    assertEquals(
        HexFormat.of().formatHex(Base64.getUrlDecoder().decode(challenge)),
        HexFormat.of().formatHex(Base64.getUrlDecoder().decode(sameBytesOtherSpelling)));
    for (var shape :
        new String[] {
          "",
          challenge.substring(1),
          challenge + "A",
          challenge + "==",
          challenge.replace('A', '+').replace('B', '/'),
          sameBytesOtherSpelling
        }) {
      assertEquals(
          Outcome.MALFORMED,
          pow.check(CAMPAIGN, shape, ProofOfWork.solve(shape, BITS)).outcome(),
          shape);
    }
  }

  @Test
  void keysShorterThan32BytesAndImpossibleDifficultiesAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new ProofOfWork(new byte[31], clock, BITS, LIFETIME));
    assertThrows(IllegalArgumentException.class, () -> new ProofOfWork(KEY, clock, 0, LIFETIME));
    assertThrows(IllegalArgumentException.class, () -> new ProofOfWork(KEY, clock, 33, LIFETIME));
    assertThrows(
        IllegalArgumentException.class, () -> new ProofOfWork(KEY, clock, BITS, Duration.ZERO));
  }

  private static String solve(ProofOfWork.Puzzle puzzle) {
    return ProofOfWork.solve(puzzle.challenge(), puzzle.difficulty());
  }

  /** Counts zero bits independently of the class under test: 256 minus the digest's bit length. */
  private static String nonceWithExactly(String challenge, int zeroBits) {
    for (long count = 0; ; count++) {
      var nonce = Long.toString(count, 36);
      var digest = sha256((challenge + ":" + nonce).getBytes(US_ASCII));
      if (256 - new BigInteger(1, digest).bitLength() == zeroBits) {
        return nonce;
      }
    }
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
