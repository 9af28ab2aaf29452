package org.vaxline.platform.control;

import java.sql.SQLException;

/** What a failed write says about the database's constraints. */
public final class Constraints {

  /** PostgreSQL's SQLSTATE for unique_violation. */
  private static final String UNIQUE_VIOLATION = "23505";

  /** PostgreSQL's SQLSTATE for deadlock_detected: it failed this transaction to free another. */
  private static final String DEADLOCK_DETECTED = "40P01";

  private Constraints() {}

  /** Whether the failure, or any cause of it, is a unique constraint refusing a duplicate. */
  public static boolean isUniqueViolation(Throwable failure) {
    return hasState(failure, UNIQUE_VIOLATION);
  }

  /** Whether the failure, or any cause of it, is PostgreSQL breaking a deadlock. */
  public static boolean isDeadlock(Throwable failure) {
    return hasState(failure, DEADLOCK_DETECTED);
  }

  private static boolean hasState(Throwable failure, String state) {
    for (var cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
