package org.vaxline.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

/** What every error response of Vaxline must look like (RFC 9457, nothing internal). */
public final class ProblemAssertions {

  /** A Java class name ({@code org.vaxline.Foo}, {@code java.lang.NullPointerException}). */
  private static final Pattern CLASS_NAME =
      Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+\\.[A-Z]\\w*");

  private static final Pattern STACK_FRAME =
      Pattern.compile("\\bat [\\w.$]+\\(|Exception\\b|Caused by");

  private ProblemAssertions() {}

  public static void assertProblem(Api.Answer answer, int status, String slug) {
    assertAll(
        () -> assertEquals(status, answer.status(), answer::body),
        () ->
            assertTrue(
                answer.contentType().startsWith("application/problem+json"), answer::contentType),
        () -> assertEquals("urn:vaxline:problem:" + slug, answer.object().getString("type")),
        () -> assertFalse(answer.object().getString("title").isBlank()),
        () -> assertEquals(status, answer.object().getInt("status")),
        () -> assertNoInternals(answer.body()));
  }

  public static void assertNoInternals(String body) {
    assertFalse(CLASS_NAME.matcher(body).find(), () -> "a class name leaked: " + body);
    assertFalse(STACK_FRAME.matcher(body).find(), () -> "a stack trace leaked: " + body);
  }
}
