package org.vaxline.sms.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.vaxline.sms.control.SmsProviders;

/**
 * Not ready without a provider this node may use (none configured, or the development one outside
 * demo mode, or no seal key): such a node would take bookings whose texts it can never send. A
 * gateway that is down does not make the node unready (every node shares it, and the texts wait in
 * the outbox); its state is in the data.
 */
@Readiness
@ApplicationScoped
public class SmsReadiness implements HealthCheck {

  @Inject SmsProviders providers;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("sms")
        .withData("provider", providers.name())
        .withData("state", providers.state())
        .status(providers.usable().isPresent())
        .build();
  }
}
