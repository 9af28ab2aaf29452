package org.vaxline.sms.control;

import java.time.Duration;
import org.vaxline.sms.entity.Delivery;
import org.vaxline.sms.entity.Outgoing;

/**
 * The demo's provider: it sends nothing and marks every message delivered, so the outbox behaves as
 * in production (codes erased, texts masked) while the demo page shows its labelled code. {@link
 * SmsProviders} allows it only in demo mode.
 */
public final class DevelopmentProvider implements SmsProvider {

  public static final String NAME = "development-outbox";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean ready() {
    return true;
  }

  @Override
  public String state() {
    return "demo mode: messages are marked delivered and sent nowhere";
  }

  @Override
  public Duration longestSend(Outgoing message) {
    return Duration.ofSeconds(1);
  }

  @Override
  public Delivery deliver(Outgoing message) {
    return new Delivery.Accepted("development-" + message.id());
  }
}
