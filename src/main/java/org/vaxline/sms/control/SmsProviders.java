package org.vaxline.sms.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses this node's provider from {@code vaxline.sms.provider}: {@code smpp}, or {@code
 * development} (the default in demo mode, refused outside it). A node without a usable provider
 * says so in its log and its readiness, and leaves the messages queued: it never sends nowhere.
 */
@ApplicationScoped
public class SmsProviders {

  private static final Logger LOG = Logger.getLogger(SmsProviders.class.getName());

  @Inject Config config;
  @Inject Clock clock;
  @Inject SmsSeal seal;

  @Inject
  @ConfigProperty(name = "vaxline.sms.provider")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "vaxline.demo", defaultValue = "false")
  boolean demo;

  private SmsProvider provider;
  private String problem;

  @PostConstruct
  void choose() {
    var choice = configured.map(String::strip).orElse(demo ? "development" : "");
    switch (choice) {
      case "smpp" -> provider = new SmppProvider(SmppSettings.from(config), clock);
      case "development" -> {
        if (demo) {
          provider = new DevelopmentProvider();
        } else {
          problem = "vaxline.sms.provider=development is allowed only in demo mode";
        }
      }
      case "" -> problem = "vaxline.sms.provider is not set (smpp outside demo mode)";
      default -> problem = "vaxline.sms.provider=" + choice + " is unknown (smpp or development)";
    }
    if (provider != null && !seal.configured()) {
      problem = SmsSeal.KEY + " is not set, so no message can be kept";
    }
    if (problem != null) {
      LOG.severe(() -> "NO TEXT MESSAGES WILL BE SENT by this node: " + problem);
    }
  }

  @PreDestroy
  void close() {
    if (provider instanceof SmppProvider smpp) {
      smpp.close();
    }
  }

  /** The provider to send through, unless this node has none it may use. */
  public Optional<SmsProvider> usable() {
    return problem == null ? Optional.ofNullable(provider) : Optional.empty();
  }

  /** Why {@link #usable} is empty, or the provider's own state. */
  public String state() {
    return problem != null ? problem : provider.state();
  }

  public String name() {
    return provider == null ? "none" : provider.name();
  }
}
