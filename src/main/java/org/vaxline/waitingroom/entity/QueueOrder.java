package org.vaxline.waitingroom.entity;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A campaign's queue order, fair at the opening. Tickets taken before the opening (the pre-queue)
 * are put in random order at the opening instant, so loading the page at 19:59:59 buys nothing over
 * loading it at 19:10; tickets taken after the opening queue in arrival order behind all of them.
 * The server keeps nothing per ticket (ARCHITECTURE.md principle 2): a pre-queue ticket carries its
 * {@code seq} 1..P, a later one its {@code seq} 1, 2, 3... from a second counter, and the place is
 * computed from it.
 *
 * <p>The draw is a keyed pseudo-random permutation of [0, P): a balanced Feistel network with
 * HMAC-SHA-256 under {@code key} as round function, over the smallest even number of bits that
 * holds P, and cycle-walking to stay inside [0, P) (Black and Rogaway, "Ciphers with Arbitrary
 * Finite Domains", CT-RSA 2002). A Feistel network is a bijection whatever its round function, and
 * cycle-walking keeps it one on [0, P); without the key no one can tell whose seq comes first.
 *
 * @param key at least 256 bits, secret, the same on every node for the campaign
 * @param preQueueSize P, how many pre-queue numbers were handed out, known once the campaign opened
 */
public record QueueOrder(byte[] key, long preQueueSize) {

  static final int ROUNDS = 8;
  private static final int MIN_KEY_BYTES = 32;
  private static final String HMAC = "HmacSHA256";

  /** A Mac per thread, so that a draw pays for its rounds and not for a provider lookup. */
  private static final ThreadLocal<Mac> MACS =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Mac.getInstance(HMAC);
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
            }
          });

  public QueueOrder {
    if (key == null || key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("the queue-order key needs at least 32 bytes");
    }
    if (preQueueSize < 0) {
      throw new IllegalArgumentException("the pre-queue size cannot be negative: " + preQueueSize);
    }
    key = key.clone();
  }

  @Override
  public byte[] key() {
    return key.clone();
  }

  /** 1-based place in the queue. */
  public long position(boolean preQueue, long seq) {
    if (preQueue) {
      if (seq < 1 || seq > preQueueSize) {
        throw new IllegalArgumentException(
            "pre-queue seq " + seq + " is outside 1.." + preQueueSize);
      }
      return 1 + permute(seq - 1);
    }
    if (seq < 1 || seq > Long.MAX_VALUE - preQueueSize) {
      throw new IllegalArgumentException(
          "seq " + seq + " is not a ticket number after the opening");
    }
    return preQueueSize + seq;
  }

  private long permute(long index) {
    int bits = domainBits(preQueueSize);
    var mac = MACS.get();
    try {
      mac.init(new SecretKeySpec(key, HMAC));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the queue-order key is unusable", e);
    }
    long x = index;
    do {
      x = feistel(mac, bits / 2, x);
    } while (Long.compareUnsigned(x, preQueueSize) >= 0);
    return x;
  }

  /** The smallest even number of bits, at least two, whose values cover [0, size). */
  static int domainBits(long size) {
    int bits = size <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(size - 1);
    return Math.max(2, bits + (bits & 1));
  }

  private static long feistel(Mac mac, int halfBits, long x) {
    long mask = (1L << halfBits) - 1;
    long left = x >>> halfBits;
    long right = x & mask;
    var input = new byte[5];
    var output = new byte[mac.getMacLength()];
    for (int round = 0; round < ROUNDS; round++) {
      input[0] = (byte) round;
      input[1] = (byte) (right >>> 24);
      input[2] = (byte) (right >>> 16);
      input[3] = (byte) (right >>> 8);
      input[4] = (byte) right;
      mac.update(input);
      try {
        mac.doFinal(output, 0);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HMAC-SHA-256 failed", e);
      }
      long next = left ^ (firstLong(output) & mask);
      left = right;
      right = next;
    }
    return (left << halfBits) | right;
  }

  private static long firstLong(byte[] bytes) {
    long value = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      value = (value << 8) | (bytes[i] & 0xff);
    }
    return value;
  }

  /** Keys compare in constant time and stay out of hash codes and logs. */
  @Override
  public boolean equals(Object other) {
    return other instanceof QueueOrder that
        && preQueueSize == that.preQueueSize
        && MessageDigest.isEqual(key, that.key);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(preQueueSize);
  }

  @Override
  public String toString() {
    return "QueueOrder[preQueueSize=" + preQueueSize + "]";
  }
}
