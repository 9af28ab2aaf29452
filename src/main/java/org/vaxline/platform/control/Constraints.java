package org.vaxline.platform.control;

import java.sql.SQLException;

/** What a failed write says about the database's constraints. */
public final class Constraints {

  /** PostgreSQL's SQLSTATE for unique_violation. */
  private static final String UNIQUE_VIOLATION = "23505";

  private Constraints() {}

  /** Whether the failure, or any cause of it, is a unique constraint refusing a duplicate. */
  public static boolean isUniqueViolation(Throwable failure) {
    for (var cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
