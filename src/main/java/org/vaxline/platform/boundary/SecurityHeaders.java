package org.vaxline.platform.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.vaxline.platform.control.Tls;

/**
 * Headers every response carries: the site loads nothing from elsewhere (closed network, and no
 * injected script can call out), cannot be framed, is reached over TLS only once it was (HSTS), and
 * API answers about people are never cached. TRACE is refused everywhere, and the OpenAPI document
 * says its charset.
 *
 * <p>It also runs when the container dispatches to its error page: a refusal made before any
 * filter, by the sign-in mechanism (401) or a security constraint (403), went out without these
 * headers (the OpenAPI fuzz found it).
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  /** The methods the servlet container itself answers well; POST, PUT, DELETE are 405 there. */
  private static final Set<String> SERVED_OUTSIDE_THE_API =
      Set.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE");

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
    var api = requested(request).startsWith("/api/");
    if (api) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      chain.doFilter(request, response);
      return;
    }
    if (!api && !SERVED_OUTSIDE_THE_API.contains(request.getMethod())) {
      // HttpServlet answers TRACE by echoing the request, cookies included, and a method it does
      // not know (QUERY) with 501; the site, health, metrics and OpenAPI are read-only. JAX-RS
      // answers both itself, with the methods each path allows.
      response.setHeader("Allow", "GET, HEAD, OPTIONS");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    if (request.getRequestURI().equals("/openapi")) {
      chain.doFilter(request, new OpenApiAnswer(response));
      return;
    }
    chain.doFilter(request, response);
  }

  /** The path the client asked for, also while the error page answers it. */
  private static String requested(HttpServletRequest request) {
    var failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return failed instanceof String uri ? uri : request.getRequestURI();
  }
}
