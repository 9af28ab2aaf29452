package org.vaxline.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

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

  private static RuntimeException wrapped(String state) {
    return new PersistenceException(
        "write failed", new RuntimeException(new SQLException("refused", state)));
  }
}
