package org.vaxline.sms.entity;

/** What a provider answered for one message. */
public sealed interface Delivery {

  /** The gateway took the message; its id (or ids, one a segment) for tracing with the carrier. */
  record Accepted(String messageId) implements Delivery {}

  /**
   * The gateway did not take it. {@code permanent}: sending again cannot help (a malformed number),
   * so the message fails at once instead of being retried.
   */
  record Refused(String reason, boolean permanent) implements Delivery {}
}
