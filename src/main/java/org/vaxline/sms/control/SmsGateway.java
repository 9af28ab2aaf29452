package org.vaxline.sms.control;

import java.util.List;

/**
 * Sends a text message to a phone. Every message is a row of the outbox written in the caller's
 * transaction, so it is sent exactly when what it announces commits; the relay sends it after the
 * commit through the configured provider. Nothing here calls another system.
 */
public interface SmsGateway {

  /**
   * @param reference what the message is about (a challenge id, a confirmation), so operators can
   *     find it
   */
  void send(String phone, String body, String reference);

  /** One message of several sent together. */
  record Text(String phone, String body, String reference) {}

  /**
   * Sends several messages in the caller's transaction; a batch of bookings sends one each. An
   * implementation writes them in as few round trips as it can.
   */
  void sendAll(List<Text> texts);

  /**
   * Sends a one-time code. The code is kept apart from the words, and erased once the message is
   * delivered or given up on.
   *
   * @param template the words, with {@link org.vaxline.sms.entity.SmsText#CODE} where the code goes
   */
  void sendCode(String phone, String template, String code, String reference);

  /**
   * What a decoy challenge writes instead of {@link #sendCode}: the same row by the same statement,
   * which the relay never sends, so a decoy's steps are those of a real challenge.
   */
  void withholdCode(String template, String code, String reference);

  /** The name of the provider that sends the messages, as the challenge's answer shows it. */
  String provider();
}
