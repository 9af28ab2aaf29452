package org.vaxline.platform.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.vaxline.platform.entity.Problem;

/**
 * The servlet container's error page (web.xml): errors that happen outside JAX-RS, such as an
 * unknown path, a method the static files do not take, a failed sign-in or an exception in a
 * filter, are answered as problem+json like every other error.
 */
@WebServlet(ErrorPage.PATH)
public class ErrorPage extends HttpServlet {

  static final String PATH = "/problem";
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject Problems problems;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    var status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    var uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    var instance = uri == null ? request.getRequestURI() : uri;
    var answer =
        failure != null
            ? problems.response(failure, instance)
            : problems.response(Problems.forStatus(status == null ? 404 : status).at(instance));
    var problem = (Problem) answer.getEntity();
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (!"HEAD".equals(request.getMethod())) {
      response.getWriter().write(JSON.toJson(problem));
    }
  }
}
