package org.vaxline.waitingroom.control;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The toll for joining a waiting room, after hashcash (A. Back, 2002): find a nonce such that
 * SHA-256(challenge ":" nonce) begins with {@code difficulty} zero bits, about 2^difficulty tries.
 * The challenge carries campaign, issue time and a random puzzle id under an HMAC-SHA-256 tag, so
 * any node holding the shared key checks any node's puzzle with one HMAC and one SHA-256 and keeps
 * nothing. A solution is single-use only if the caller remembers {@link Verdict#puzzleId()} until
 * the puzzle expires.
 */
public final class ProofOfWork {

  /**
   * 15 bits: 32,768 tries on average (the count is geometric: median 0.69, 90th percentile 2.3
   * times that). Measured on one core of an x86 server with SHA extensions, 50 puzzles each:
   *
   * <ul>
   *   <li>{@link #solve} on JDK 17, 4.7 to 6.3 million tries/s: median 6 ms at 15 bits, 9 to 11 ms
   *       at 16, 40 ms at 18, 94 to 180 ms at 20.
   *   <li>pow.js in headless Chromium 156 ({@code crypto.subtle}, whose every call has a fixed
   *       cost), 0.10 to 0.13 million tries/s: median 0.13 s at 15 bits (mean 0.20 s), 0.35 to 0.40
   *       s at 16 (mean 0.5 to 0.65 s), 1.4 s at 18, 10.7 s at 20.
   * </ul>
   *
   * A phone, taken as two to four times slower than that core (not measured), pays a mean of 0.5 to
   * 1.3 s at 15 bits, and would pay 1 to 2.6 s at 16. A person pays once per ticket; a script
   * wanting a million tickets pays a million times: 3.3e10 hashes, two hours of one JDK core, while
   * {@link #check} costs the server about 1 µs each. Native code is some 50 times faster than the
   * browser, so this prices out cheap floods, not a botnet or a GPU: rate limits and single use
   * still do their part.
   */
  public static final int DEFAULT_DIFFICULTY = 15;

  /**
   * Long enough for the slowest phone's unlucky draw (the 99.9th percentile of tries is about 6.9
   * times the mean), short enough that the caller's set of used puzzle ids stays small.
   */
  public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(2);

  /** Separates this MAC from any other made with the same key. */
  private static final byte[] PURPOSE = "vaxline-waiting-room-puzzle-v1\0".getBytes(US_ASCII);

  private static final int ID_BYTES = 16;
  private static final int SIGNED_BYTES = Long.BYTES + Long.BYTES + ID_BYTES;
  private static final int CHALLENGE_BYTES = SIGNED_BYTES + 32;
  private static final int CHALLENGE_CHARS = 86;
  private static final Pattern NONCE = Pattern.compile("[0-9a-zA-Z]{1,32}");
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;
  private final Clock clock;
  private final int difficulty;
  private final Duration lifetime;
  private final SecureRandom random = new SecureRandom();

  public ProofOfWork(byte[] key, Clock clock, int difficultyBits, Duration lifetime) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the puzzle key is at least 32 bytes (256 bits)");
    }
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("a puzzle lives for a positive duration");
    }
    this.key = new SecretKeySpec(key, "HmacSHA256");
    this.clock = Objects.requireNonNull(clock);
    this.difficulty = checkedDifficulty(difficultyBits);
    this.lifetime = lifetime;
  }

  /** A puzzle issued now; its challenge is all any node needs to check the solution. */
  public Puzzle issue(long campaign) {
    var issuedAt = Instant.ofEpochMilli(clock.millis());
    var id = new byte[ID_BYTES];
    random.nextBytes(id);
    var signed =
        ByteBuffer.allocate(SIGNED_BYTES)
            .putLong(campaign)
            .putLong(issuedAt.toEpochMilli())
            .put(id)
            .array();
    var challenge = ByteBuffer.allocate(CHALLENGE_BYTES).put(signed).put(tag(signed)).array();
    return new Puzzle(BASE64URL.encodeToString(challenge), difficulty, issuedAt.plus(lifetime));
  }

  /**
   * Checks a solution: shape first, then the tag (constant-time), then campaign and time, then the
   * work, so a forged challenge costs one HMAC and never a hash of the work.
   */
  public Verdict check(long campaign, String challenge, String nonce) {
    var bytes = decode(challenge);
    if (bytes == null || nonce == null || !NONCE.matcher(nonce).matches()) {
      return Verdict.refused(Outcome.MALFORMED);
    }
    var signed = Arrays.copyOf(bytes, SIGNED_BYTES);
    if (!MessageDigest.isEqual(
        tag(signed), Arrays.copyOfRange(bytes, SIGNED_BYTES, bytes.length))) {
      return Verdict.refused(Outcome.FORGED);
    }
    var fields = ByteBuffer.wrap(signed);
    if (fields.getLong() != campaign) {
      return Verdict.refused(Outcome.OTHER_CAMPAIGN);
    }
    var timing = timing(Instant.ofEpochMilli(fields.getLong()));
    if (timing != Outcome.VALID) {
      return Verdict.refused(timing);
    }
    var digest = sha256().digest((challenge + ":" + nonce).getBytes(US_ASCII));
    if (leadingZeroBits(digest) < difficulty) {
      return Verdict.refused(Outcome.INSUFFICIENT_WORK);
    }
    return Verdict.valid(HexFormat.of().formatHex(signed, SIGNED_BYTES - ID_BYTES, SIGNED_BYTES));
  }

  /**
   * Valid from the issue instant up to, not including, the expiry instant. The instant is the
   * issuing node's, so nodes keep NTP time; a skew smaller than the time a client needs to fetch,
   * solve and send back a puzzle does not show.
   */
  private Outcome timing(Instant issuedAt) {
    var now = clock.instant();
    if (now.isBefore(issuedAt)) {
      return Outcome.NOT_YET_VALID;
    }
    return now.isBefore(issuedAt.plus(lifetime)) ? Outcome.VALID : Outcome.EXPIRED;
  }

  /**
   * The first nonce, counting 0, 1, 2… in base 36, that does the work; for tests and load tools.
   */
  public static String solve(String challenge, int difficulty) {
    checkedDifficulty(difficulty);
    var sha = sha256();
    var prefix = (challenge + ":").getBytes(US_ASCII);
    for (long count = 0; ; count++) {
      var nonce = Long.toString(count, 36);
      sha.update(prefix);
      if (leadingZeroBits(sha.digest(nonce.getBytes(US_ASCII))) >= difficulty) {
        return nonce;
      }
    }
  }

  /** Counts up to 64 leading zero bits of the first eight bytes, without a loop. */
  private static int leadingZeroBits(byte[] digest) {
    return Long.numberOfLeadingZeros(ByteBuffer.wrap(digest).getLong());
  }

  /** Only the canonical spelling of exactly our length decodes, so no challenge has two names. */
  private static byte[] decode(String challenge) {
    if (challenge == null || challenge.length() != CHALLENGE_CHARS) {
      return null;
    }
    try {
      var bytes = Base64.getUrlDecoder().decode(challenge);
      return BASE64URL.encodeToString(bytes).equals(challenge) ? bytes : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private byte[] tag(byte[] signed) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(PURPOSE);
      return mac.doFinal(signed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }

  /** Beyond 32 bits a phone would work for hours; zero bits would be no toll at all. */
  private static int checkedDifficulty(int bits) {
    if (bits < 1 || bits > 32) {
      throw new IllegalArgumentException("difficulty is 1 to 32 leading zero bits");
    }
    return bits;
  }

  /** What a client is given to solve; {@code expiresAt} is the first instant it is refused. */
  public record Puzzle(String challenge, int difficulty, Instant expiresAt) {}

  /** Why a solution is refused, or {@link #VALID}. */
  public enum Outcome {
    VALID,
    MALFORMED,
    FORGED,
    OTHER_CAMPAIGN,
    NOT_YET_VALID,
    EXPIRED,
    INSUFFICIENT_WORK
  }

  /**
   * The outcome of a check; a valid one names its puzzle (32 hex digits) so the caller can accept
   * each puzzle once, for as long as it lives.
   */
  public record Verdict(Outcome outcome, String puzzleId) {

    public Verdict {
      if ((outcome == Outcome.VALID) != (puzzleId != null)) {
        throw new IllegalArgumentException("a puzzle id comes with a valid verdict and only then");
      }
    }

    static Verdict valid(String puzzleId) {
      return new Verdict(Outcome.VALID, puzzleId);
    }

    static Verdict refused(Outcome outcome) {
      return new Verdict(outcome, null);
    }

    public boolean isValid() {
      return outcome == Outcome.VALID;
    }
  }
}
