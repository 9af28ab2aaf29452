package org.vaxline.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void aTypeIsALowercaseSlugUnderTheVaxlineUrn() {
    assertEquals("urn:vaxline:problem:not-found", Problem.type("not-found").toString());
    assertThrows(IllegalArgumentException.class, () -> Problem.type("Not Found"));
    assertThrows(IllegalArgumentException.class, () -> Problem.type("../etc"));
  }

  @Test
  void onlyErrorStatusesMakeAProblem() {
    assertThrows(IllegalArgumentException.class, () -> Problem.of("ok", "OK", 200, "fine"));
    assertThrows(IllegalArgumentException.class, () -> Problem.of("x", "X", 600, "none"));
  }

  @Test
  void noErrorsMeansTheMemberIsLeftOut() {
    assertNull(Problem.of("invalid-request", "Invalid", 400, "d").withErrors(List.of()).errors());
  }
}
