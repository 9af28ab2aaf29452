package org.vaxline.platform.control;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether the client reached Vaxline over TLS. TLS ends at the agency's load balancer, which says
 * so in {@code X-Forwarded-Proto}; cookies are then {@code Secure} and answers carry HSTS.
 */
public final class Tls {

  private Tls() {}

  public static boolean reached(HttpServletRequest request) {
    return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
  }
}
