package org.vaxline.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a failed write says, read from PostgreSQL's SQLSTATE anywhere in the causes. */
class ConstraintsTest {

  @Test
  void aDuplicateKeyIsAUniqueViolationAndNoDeadlock() {
    var failure = wrapped("23505");
    assertTrue(Constraints.isUniqueViolation(failure));
    assertFalse(Constraints.isDeadlock(failure));
  }

  @Test
  void aBrokenDeadlockIsADeadlockAndNoUniqueViolation() {
    var failure = wrapped("40P01");
    assertTrue(Constraints.isDeadlock(failure));
    assertFalse(Constraints.isUniqueViolation(failure));
  }

  @Test
  void anyOtherFailureIsNeither() {
    for (var failure :
        new RuntimeException[] {wrapped("40001"), wrapped(null), new IllegalStateException()}) {
      assertFalse(Constraints.isDeadlock(failure));
      assertFalse(Constraints.isUniqueViolation(failure));
    }
  }

  /**
   * What the database could not do in its bounds, or at all just then, is "try again": lock and
   * statement timeouts, a server shutting down or starting, a connection lost or refused, too many
   * clients, and a pool with no connection to give.
   */
  @ParameterizedTest
  @ValueSource(strings = {"55P03", "57014", "57P01", "57P03", "08006", "08001", "53300", "40001"})
  void timeoutsLostConnectionsAndAFullServerAreOverload(String state) {
    assertTrue(Constraints.isOverload(wrapped(state)), state);
  }

  @Test
  void anEmptyPoolIsOverloadAndAWrongStatementIsNot() {
    assertTrue(
        Constraints.isOverload(
            new PersistenceException(
                new SQLException("no connection", new ResourceAllocationException("pool")))));
    for (var failure :
        new RuntimeException[] {
          wrapped("23505"), wrapped("42601"), wrapped(null), new IllegalStateException()
        }) {
      assertFalse(Constraints.isOverload(failure), failure::toString);
    }
  }

  private static RuntimeException wrapped(String state) {
    return new PersistenceException(
        "write failed", new RuntimeException(new SQLException("refused", state)));
  }
}
