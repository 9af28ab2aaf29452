package org.vaxline.waitingroom.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.locks.StampedLock;

/**
 * Samples of now-serving over the last {@code span} (e.g. 5 minutes), from which the admission rate
 * is measured (ARCHITECTURE.md principle 2: the wait comes from the rate actually measured, never
 * from a guess). Memory is bounded: a ring of {@link #SLOTS} samples whatever the span and however
 * often samples come, since samples closer together than span / 600 are thinned to the latest.
 * Thread-safe for one writer and many readers.
 */
public final class AdmissionHistory {

  /** 600 samples cover the span at its resolution; two more hold its ends. */
  static final int SLOTS = 602;

  private final Duration span;
  private final Duration spacing;
  private final SampleRing ring = new SampleRing(SLOTS);
  private final StampedLock lock = new StampedLock();
  private Instant began;

  public AdmissionHistory(Duration span) {
    Objects.requireNonNull(span, "span");
    if (span.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("a history needs a span of at least a second: " + span);
    }
    this.span = span;
    this.spacing = span.dividedBy(SLOTS - 2);
  }

  /**
   * Adds a sample. One that is not later than the newest is ignored (a clock stepped back); a
   * now-serving lower than the newest means the queue started over, and so does its history.
   */
  public void record(Instant at, long nowServing) {
    Objects.requireNonNull(at, "at");
    if (nowServing < 0) {
      throw new IllegalArgumentException("now-serving cannot be negative: " + nowServing);
    }
    long stamp = lock.writeLock();
    try {
      int size = ring.size();
      if (size > 0 && !at.isAfter(ring.time(size - 1))) {
        return;
      }
      if (size > 0 && nowServing < ring.serving(size - 1)) {
        ring.clear();
        began = null;
      } else if (began == null && size > 0 && nowServing > ring.serving(size - 1)) {
        began = ring.time(size - 1);
      }
      keep(at, nowServing);
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  /**
   * Admissions per second over the trailing window ending at the newest sample, or empty if the
   * history covers less than {@code window}. The window starts at the latest sample at or before
   * its nominal start, so it may be up to one sample interval longer.
   */
  public OptionalDouble rate(Duration window) {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a rate needs a positive window: " + window);
    }
    long stamp = lock.readLock();
    try {
      int newest = ring.size() - 1;
      if (newest < 1 || ring.time(0).isAfter(ring.time(newest).minus(window))) {
        return OptionalDouble.empty();
      }
      int from = ring.latestAtOrBefore(ring.time(newest).minus(window));
      double seconds = Duration.between(ring.time(from), ring.time(newest)).toNanos() / 1e9;
      return OptionalDouble.of((ring.serving(newest) - ring.serving(from)) / seconds);
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /**
   * How far back the history of admissions reaches: from the last sample before now-serving first
   * moved (or the oldest sample kept, if later) to the newest; zero until it has moved. Samples of
   * a queue whose admitter had not started yet, such as those of a pre-queue, say nothing about its
   * rate, and would dilute it for the first minutes after the opening.
   */
  public Duration admissionSpan() {
    long stamp = lock.readLock();
    try {
      if (began == null) {
        return Duration.ZERO;
      }
      var from = began.isAfter(ring.time(0)) ? began : ring.time(0);
      return Duration.between(from, ring.time(ring.size() - 1));
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** Samples kept now; never more than {@link #SLOTS}. */
  int size() {
    long stamp = lock.readLock();
    try {
      return ring.size();
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** Slots allocated; the same from construction on. */
  int capacity() {
    return ring.capacity();
  }

  /**
   * Appends the sample, or lets it replace a newest sample that came less than {@code spacing}
   * after the one before; then drops what is older than needed to cover the span.
   */
  private void keep(Instant at, long nowServing) {
    int size = ring.size();
    if (size >= 2
        && Duration.between(ring.time(size - 2), ring.time(size - 1)).compareTo(spacing) < 0) {
      ring.replaceNewest(at, nowServing);
    } else {
      ring.append(at, nowServing);
    }
    while (ring.size() > 1 && !ring.time(1).isAfter(at.minus(span))) {
      ring.dropOldest();
    }
  }
}
