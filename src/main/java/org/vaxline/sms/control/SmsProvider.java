package org.vaxline.sms.control;

import java.time.Duration;
import org.vaxline.sms.entity.Delivery;
import org.vaxline.sms.entity.Outgoing;

/**
 * Where the relay hands committed messages: the data center's SMS gateway ({@link SmppProvider})
 * or, in demo mode only, {@link DevelopmentProvider}. Called outside any transaction and lock; an
 * implementation bounds every wait of its own.
 */
public interface SmsProvider {

  /** Stored with each message it handled. */
  String name();

  /** False while it cannot take messages (between reconnects): the relay leaves them queued. */
  boolean ready();

  /** What health reports about it, in a few words without personal data. */
  String state();

  /** The longest {@link #deliver} of this message can take, all its time-outs added up. */
  Duration longestSend(Outgoing message);

  Delivery deliver(Outgoing message);
}
