package org.vaxline.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServiceUnavailableException;
import java.net.URI;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaxline.platform.control.DomainException;

class ProblemsTest {

  private final Problems problems = new Problems();

  @Test
  void aDomainRefusalKeepsItsOwnType() {
    var problem = problems.describe(new SoldOut());
    assertEquals(URI.create("urn:vaxline:problem:sold-out"), problem.type());
    assertEquals(409, problem.status());
    assertEquals("No seats are left in this slot.", problem.detail());
  }

  @Test
  void anUnexpectedFailureNamesAnIncidentAndNothingElse() {
    var problem =
        problems.describe(new IllegalStateException("org.vaxline.Secret failed at row 42"));
    assertEquals(URI.create("urn:vaxline:problem:internal-error"), problem.type());
    assertEquals(500, problem.status());
    assertNotNull(problem.incident());
    assertFalse(problem.detail().contains("Secret"));
    assertFalse(problem.title().contains("Exception"));
  }

  @Test
  void aDatabaseThatCannotAnswerNowIsAServiceUnavailableWithRetryAfterNotAnIncident() {
    var restarting =
        new PersistenceException(
            "commit failed", new RuntimeException(new SQLException("terminating", "57P01")));
    var problem = problems.describe(restarting);
    assertEquals(URI.create("urn:vaxline:problem:service-unavailable"), problem.type());
    assertEquals(503, problem.status());
    assertNull(problem.incident());
  }

  /** The OpenAPI fuzz: {@code ?before=} with 300 digits was answered 404 not-found. */
  @Test
  void aParameterJaxRsCannotConvertIsAnInvalidRequestNotAMissingAddress() {
    var unconvertible = new NotFoundException(new NumberFormatException("For input string"));
    var problem = problems.describe(unconvertible);
    assertEquals(URI.create("urn:vaxline:problem:invalid-request"), problem.type());
    assertEquals(400, problem.status());
    assertEquals(
        URI.create("urn:vaxline:problem:not-found"),
        problems.describe(new NotFoundException()).type());
  }

  @Test
  void malformedJsonIsFoundAnywhereInTheCauseChain() {
    var wrapped = new ProcessingException("read failed", new JsonbException("unexpected token"));
    assertEquals(
        URI.create("urn:vaxline:problem:malformed-json"), problems.describe(wrapped).type());
  }

  @Test
  void routingFailuresKeepTheirStatus() {
    assertEquals(404, problems.describe(new NotFoundException()).status());
    assertEquals(405, problems.describe(new NotAllowedException("GET")).status());
    assertNull(problems.describe(new NotFoundException()).incident());
  }

  @Test
  void aDeliberateRefusalKeepsItsStatusButAnInternalErrorIsAnIncident() {
    assertEquals(503, problems.describe(new ServiceUnavailableException(5L)).status());
    var internal = problems.describe(new InternalServerErrorException());
    assertEquals(500, internal.status());
    assertNotNull(internal.incident());
  }

  @ParameterizedTest
  @CsvSource({
    "400, bad-request",
    "401, unauthorized",
    "403, forbidden",
    "404, not-found",
    "405, method-not-allowed",
    "406, not-acceptable",
    "415, unsupported-media-type",
    "418, http-418",
    "503, service-unavailable",
    "500, internal-error",
    "502, internal-error"
  })
  void everyStatusHasAStableType(int status, String slug) {
    var problem = Problems.forStatus(status);
    assertEquals(URI.create("urn:vaxline:problem:" + slug), problem.type());
    assertFalse(problem.title().isBlank());
  }

  private static class SoldOut extends DomainException {
    SoldOut() {
      super("sold-out", "Sold out", 409, "No seats are left in this slot.");
    }
  }
}
