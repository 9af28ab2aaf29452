package org.vaxline.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for per-address limits. Behind the agency's reverse proxy every
 * connection comes from the proxy, so IT staff name the header in which the proxy appends the
 * client's address ({@code vaxline.http.client-address-header}, e.g. {@code X-Forwarded-For}). Only
 * the last entry is believed: it is the one our own proxy wrote; anything before it came from the
 * client and may be forged.
 */
@ApplicationScoped
public class ClientAddresses {

  @Inject
  @ConfigProperty(name = "vaxline.http.client-address-header")
  Optional<String> header;

  public ClientAddresses() {}

  /** For tests. */
  public ClientAddresses(String header) {
    this.header = Optional.ofNullable(header);
  }

  public String of(HttpServletRequest request) {
    return header
        .map(request::getHeader)
        .map(ClientAddresses::lastEntry)
        .filter(address -> !address.isEmpty())
        .orElseGet(request::getRemoteAddr);
  }

  static String lastEntry(String list) {
    return list.substring(list.lastIndexOf(',') + 1).strip();
  }
}
