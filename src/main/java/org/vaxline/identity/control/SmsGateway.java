package org.vaxline.identity.control;

import java.util.List;

/**
 * Sends a text message to a phone. In Korea this is a carrier's bulk SMS service reached over the
 * agency's own network; the development implementation ({@link OutboxSmsGateway}) writes to an
 * outbox table that operators read. A message joins the caller's transaction: it is sent exactly
 * when what it announces commits.
 */
public interface SmsGateway {

  /**
   * @param reference what the message is about (a challenge id), so operators can find it
   */
  void send(String phone, String body, String reference);

  /** One message of several sent together. */
  record Text(String phone, String body, String reference) {}

  /**
   * Sends several messages in the caller's transaction; a batch of bookings sends one each. An
   * implementation writes them in as few round trips as it can.
   */
  void sendAll(List<Text> texts);
}
