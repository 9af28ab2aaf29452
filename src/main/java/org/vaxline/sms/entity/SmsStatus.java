package org.vaxline.sms.entity;

/** Where a message is on its way out (db/V12). */
public enum SmsStatus {
  /** Waiting for the relay, first or after a failed attempt. */
  PENDING,
  /** The provider took it; its code, if any, is erased. */
  DELIVERED,
  /** Given up: refused for good, or the last attempt failed; its code is erased. */
  FAILED,
  /** Written for a decoy challenge exactly like a real one, and never sent. */
  DECOY,
  /** A decoy whose code the relay has erased. */
  WITHHELD
}
