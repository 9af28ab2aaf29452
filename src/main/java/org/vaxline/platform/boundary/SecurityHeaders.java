package org.vaxline.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.vaxline.platform.control.Tls;

/**
 * Headers every response carries: the site loads nothing from elsewhere (closed network, and no
 * injected script can call out), cannot be framed, is reached over TLS only once it was (HSTS), and
 * API answers about people are never cached.
 */
@WebFilter("/*")
public class SecurityHeaders extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    // The same framing policy twice: Payara would otherwise add X-Frame-Options: SAMEORIGIN.
    response.setHeader("X-Frame-Options", "DENY");
    if (Tls.reached(request)) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (request.getRequestURI().startsWith("/api/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
