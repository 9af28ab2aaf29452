package org.vaxline.waitingroom.entity;

import java.time.Instant;

/**
 * A fixed ring of now-serving samples, oldest first, for {@link AdmissionHistory}, which guards it:
 * not thread-safe on its own. Appending to a full ring drops the oldest sample.
 */
final class SampleRing {

  private final Instant[] times;
  private final long[] serving;
  private int oldest;
  private int size;

  SampleRing(int capacity) {
    times = new Instant[capacity];
    serving = new long[capacity];
  }

  int size() {
    return size;
  }

  int capacity() {
    return times.length;
  }

  /** The time of the {@code index}-th sample, 0 the oldest. */
  Instant time(int index) {
    return times[slot(index)];
  }

  long serving(int index) {
    return serving[slot(index)];
  }

  void append(Instant at, long nowServing) {
    if (size == times.length) {
      dropOldest();
    }
    size++;
    replaceNewest(at, nowServing);
  }

  void replaceNewest(Instant at, long nowServing) {
    int slot = slot(size - 1);
    times[slot] = at;
    serving[slot] = nowServing;
  }

  void dropOldest() {
    oldest = (oldest + 1) % times.length;
    size--;
  }

  void clear() {
    size = 0;
  }

  /** The index of the latest sample at or before {@code instant}; 0 if there is none. */
  int latestAtOrBefore(Instant instant) {
    int low = 0;
    int high = size - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (time(middle).isAfter(instant)) {
        high = middle - 1;
      } else {
        low = middle;
      }
    }
    return low;
  }

  private int slot(int index) {
    return (oldest + index) % times.length;
  }
}
