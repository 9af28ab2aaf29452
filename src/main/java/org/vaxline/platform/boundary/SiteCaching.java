package org.vaxline.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * How long browsers keep the citizen site's files. Scripts and styles are named by their content's
 * hash (src/main/frontend/build.mjs), so a browser keeps them a year and never asks again: on
 * opening night a waiting browser costs the server its status polls and nothing else. The pages
 * themselves are asked again each time (with their ETag: a 304 when unchanged), so a new release
 * reaches everyone at their next page.
 */
@WebFilter(urlPatterns = "/*")
public class SiteCaching extends HttpFilter {

  private static final Pattern HASHED = Pattern.compile("/assets/[\\w-]+-[A-Z0-9]{8}\\.(js|css)");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var path = request.getRequestURI();
    if (HASHED.matcher(path).matches()) {
      response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    } else if (path.equals("/") || path.endsWith(".html") || path.startsWith("/assets/")) {
      response.setHeader("Cache-Control", "no-cache");
    }
    chain.doFilter(request, response);
  }
}
