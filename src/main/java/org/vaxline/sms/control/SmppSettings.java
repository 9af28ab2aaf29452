package org.vaxline.sms.control;

import java.time.Duration;
import java.util.Objects;
import org.eclipse.microprofile.config.Config;

/**
 * How to reach the data center's SMS gateway over SMPP 3.4 ({@code vaxline.sms.smpp.*}). The
 * password comes from configuration like every secret: an environment variable or a Payara password
 * alias ({@code ${ALIAS=smpp-password}}), never from the repository.
 *
 * @param sourceAddress the sender the phone shows: digits (a registered callback number such as
 *     1339) or a short alphanumeric name
 */
public record SmppSettings(
    String host,
    int port,
    String systemId,
    String password,
    String systemType,
    String sourceAddress,
    Duration connectTimeout,
    Duration responseTimeout,
    Duration enquireLinkInterval,
    Duration reconnectFirst,
    Duration reconnectCap) {

  private static final String PREFIX = "vaxline.sms.smpp.";

  public SmppSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(systemId, "system-id");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(sourceAddress, "source-address");
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port is 1 to 65535");
    }
    for (var bound : new Duration[] {connectTimeout, responseTimeout, enquireLinkInterval}) {
      if (bound.isZero() || bound.isNegative() || bound.toMillis() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("every SMPP time-out is positive and bounded");
      }
    }
  }

  public static SmppSettings from(Config config) {
    return new SmppSettings(
        config.getValue(PREFIX + "host", String.class),
        config.getOptionalValue(PREFIX + "port", Integer.class).orElse(2775),
        config.getValue(PREFIX + "system-id", String.class),
        config.getValue(PREFIX + "password", String.class),
        config.getOptionalValue(PREFIX + "system-type", String.class).orElse(""),
        config.getValue(PREFIX + "source-address", String.class),
        millis(config, "connect-timeout-ms", 5_000),
        millis(config, "response-timeout-ms", 10_000),
        millis(config, "enquire-link-ms", 30_000),
        millis(config, "reconnect-first-ms", 1_000),
        millis(config, "reconnect-cap-ms", 60_000));
  }

  /** The longest one message may take: connecting, binding, and a response per segment. */
  public Duration longestSend(int segments) {
    return connectTimeout.plus(responseTimeout).plus(responseTimeout.multipliedBy(segments));
  }

  private static Duration millis(Config config, String key, long fallback) {
    return Duration.ofMillis(config.getOptionalValue(PREFIX + key, Long.class).orElse(fallback));
  }
}
