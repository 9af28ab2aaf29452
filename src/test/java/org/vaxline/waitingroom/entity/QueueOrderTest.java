package org.vaxline.waitingroom.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.HashSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QueueOrderTest {

  private static final byte[] KEY = key(1);

  static byte[] key(long seed) {
    var key = new byte[32];
    new SplittableRandom(seed).nextBytes(key);
    return key;
  }

  /** Every place of 1..P, each once; the positions in seq order. */
  private static long[] drawAll(QueueOrder order) {
    int size = Math.toIntExact(order.preQueueSize());
    var positions = new long[size];
    var taken = new BitSet(size + 1);
    for (int seq = 1; seq <= size; seq++) {
      long position = order.position(true, seq);
      assertTrue(position >= 1 && position <= size, "place " + position + " of " + size);
      assertFalse(taken.get((int) position), "place " + position + " drawn twice, P = " + size);
      taken.set((int) position);
      positions[seq - 1] = position;
    }
    return positions;
  }

  @Test
  void theDrawGivesEveryPlaceOnceForEveryPreQueueUpTo300() {
    for (int size = 1; size <= 300; size++) {
      drawAll(new QueueOrder(KEY, size));
    }
  }

  @Test
  void theDrawGivesEveryPlaceOnceForLargePreQueues() {
    // 2^16 fills its domain exactly; 2^16 + 1 walks the most cycles (domain 2^18); 100,003 is
    // prime.
    for (long size : new long[] {65_536, 65_537, 100_003}) {
      long started = System.nanoTime();
      drawAll(new QueueOrder(KEY, size));
      long nanosPerDraw = (System.nanoTime() - started) / size;
      System.out.printf("QueueOrder: P = %,d, %,d ns per draw%n", size, nanosPerDraw);
    }
  }

  @Test
  void everyNodeWithTheKeyDrawsTheSameOrder() {
    assertArrayEquals(drawAll(new QueueOrder(KEY, 5_000)), drawAll(new QueueOrder(key(1), 5_000)));
  }

  @Test
  void anotherKeyDrawsAnotherOrder() {
    var one = drawAll(new QueueOrder(KEY, 5_000));
    var other = drawAll(new QueueOrder(key(2), 5_000));
    int same = 0;
    for (int i = 0; i < one.length; i++) {
      same += one[i] == other[i] ? 1 : 0;
    }
    assertTrue(same < 20, same + " of 5,000 tickets kept their place under another key");
  }

  @Test
  void arrivalOrderBeforeTheOpeningDoesNotCarryOver() {
    int size = 100_000;
    var positions = drawAll(new QueueOrder(KEY, size));
    double squares = 0;
    for (int seq = 1; seq <= size; seq++) {
      double difference = seq - positions[seq - 1];
      squares += difference * difference;
    }
    double spearman = 1 - 6 * squares / ((double) size * ((double) size * size - 1));
    double kendall = kendall(positions, 2_000);
    System.out.printf(
        "QueueOrder: Spearman %.5f over 100,000, Kendall %.4f over the first 2,000%n",
        spearman, kendall);
    // For a random order their standard deviations are 0.0032 and 0.015.
    assertTrue(Math.abs(spearman) < 0.02, "Spearman " + spearman);
    assertTrue(Math.abs(kendall) < 0.08, "Kendall " + kendall);
  }

  private static double kendall(long[] positions, int count) {
    long concordant = 0;
    for (int i = 0; i < count; i++) {
      for (int j = i + 1; j < count; j++) {
        concordant += positions[j] > positions[i] ? 1 : -1;
      }
    }
    return concordant / (count * (count - 1) / 2.0);
  }

  @Test
  void theFirstThousandArrivalsAreSpreadOverTheWholeQueue() {
    int size = 100_000;
    var order = new QueueOrder(KEY, size);
    var perTenth = new int[10];
    long first = size;
    long last = 1;
    for (int seq = 1; seq <= 1_000; seq++) {
      long position = order.position(true, seq);
      perTenth[(int) ((position - 1) * 10 / size)]++;
      first = Math.min(first, position);
      last = Math.max(last, position);
    }
    for (int count : perTenth) {
      assertTrue(count > 50 && count < 150, "a tenth of the queue holds " + count + " of 1,000");
    }
    assertTrue(first <= size / 100, "the earliest of them is at place " + first);
    assertTrue(last > size - size / 100, "the latest of them is at place " + last);
  }

  @Test
  void ticketsAfterTheOpeningQueueInArrivalOrderBehindThePreQueue() {
    var order = new QueueOrder(KEY, 7_000);
    assertEquals(7_001, order.position(false, 1));
    assertEquals(7_002, order.position(false, 2));
    assertEquals(1_007_000, order.position(false, 1_000_000));
    assertEquals(1, new QueueOrder(KEY, 0).position(false, 1), "no pre-queue at all");
  }

  @Test
  void hugePreQueuesStayInRange() {
    for (long size : new long[] {(1L << 62) + 1, Long.MAX_VALUE}) {
      var order = new QueueOrder(KEY, size);
      var seen = new HashSet<Long>();
      for (long seq = 1; seq <= 1_000; seq++) {
        long position = order.position(true, seq);
        assertTrue(position >= 1 && position <= size, "place " + position);
        assertTrue(seen.add(position), "place " + position + " drawn twice");
      }
      long lastSeq = order.position(true, size);
      assertTrue(lastSeq >= 1 && lastSeq <= size, "place " + lastSeq);
    }
  }

  @Test
  void refusesNumbersOutsideTheQueue() {
    var order = new QueueOrder(KEY, 10);
    assertThrows(IllegalArgumentException.class, () -> order.position(true, 0));
    assertThrows(IllegalArgumentException.class, () -> order.position(true, 11));
    assertThrows(IllegalArgumentException.class, () -> order.position(false, 0));
    assertThrows(IllegalArgumentException.class, () -> order.position(false, -1));
    assertThrows(IllegalArgumentException.class, () -> order.position(false, Long.MAX_VALUE));
    assertEquals(Long.MAX_VALUE, order.position(false, Long.MAX_VALUE - 10));
    assertThrows(IllegalArgumentException.class, () -> new QueueOrder(KEY, 0).position(true, 1));
    assertThrows(IllegalArgumentException.class, () -> new QueueOrder(KEY, -1));
  }

  @Test
  void refusesKeysShorterThan256Bits() {
    assertThrows(IllegalArgumentException.class, () -> new QueueOrder(new byte[31], 10));
    assertThrows(IllegalArgumentException.class, () -> new QueueOrder(null, 10));
    assertEquals(3, new QueueOrder(new byte[32], 3).preQueueSize());
  }

  @Test
  void keepsItsKeyToItself() {
    var key = key(3);
    var order = new QueueOrder(key, 1_000);
    long before = order.position(true, 1);
    key[0]++;
    order.key()[1]++;
    assertEquals(before, order.position(true, 1));
    assertEquals(new QueueOrder(key(3), 1_000), order);
    assertNotEquals(new QueueOrder(key(4), 1_000), order);
    assertEquals("QueueOrder[preQueueSize=1000]", order.toString());
  }

  @Test
  void theDomainIsTheSmallestEvenNumberOfBits() {
    assertEquals(2, QueueOrder.domainBits(1));
    assertEquals(2, QueueOrder.domainBits(4));
    assertEquals(4, QueueOrder.domainBits(5));
    assertEquals(16, QueueOrder.domainBits(65_536));
    assertEquals(18, QueueOrder.domainBits(65_537));
    assertEquals(64, QueueOrder.domainBits(Long.MAX_VALUE));
  }
}
