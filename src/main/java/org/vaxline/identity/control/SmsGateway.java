package org.vaxline.identity.control;

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
}
