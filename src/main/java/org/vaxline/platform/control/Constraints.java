package org.vaxline.platform.control;

import java.sql.SQLException;
import java.util.Set;

/** What a failed write says about the database's constraints. */
public final class Constraints {

  /** PostgreSQL's SQLSTATE for unique_violation. */
  private static final String UNIQUE_VIOLATION = "23505";

  /** PostgreSQL's SQLSTATE for deadlock_detected: it failed this transaction to free another. */
  private static final String DEADLOCK_DETECTED = "40P01";

  /**
   * lock_not_available (lock_timeout), query_canceled (statement_timeout), admin_shutdown,
   * crash_shutdown and cannot_connect_now (a server stopping or starting), serialization_failure.
   */
  private static final Set<String> OVERLOAD_STATES =
      Set.of("55P03", "57014", "57P01", "57P02", "57P03", "40001");

  /** Class 08: the connection failed or was refused. */
  private static final String CONNECTION_EXCEPTION = "08";

  /** Class 53: out of memory, disk or connections ("too many clients already"). */
  private static final String INSUFFICIENT_RESOURCES = "53";

  private Constraints() {}

  /** Whether the failure, or any cause of it, is a unique constraint refusing a duplicate. */
  public static boolean isUniqueViolation(Throwable failure) {
    return hasState(failure, UNIQUE_VIOLATION);
  }

  /** Whether the failure, or any cause of it, is PostgreSQL breaking a deadlock. */
  public static boolean isDeadlock(Throwable failure) {
    return hasState(failure, DEADLOCK_DETECTED);
  }

  /**
   * Whether the failure says the database could not do the work in its bounds, rather than that the
   * work was wrong: a lock or statement timeout, a connection lost or refused (PostgreSQL
   * restarting, too many clients), or no pooled connection to be had in the pool's wait. Such work
   * is answered "try again", never as a server error.
   */
  public static boolean isOverload(Throwable failure) {
    for (var cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        var state = sql.getSQLState();
        if (OVERLOAD_STATES.contains(state)
            || state.startsWith(CONNECTION_EXCEPTION)
            || state.startsWith(INSUFFICIENT_RESOURCES)) {
          return true;
        }
      }
      if (cause instanceof jakarta.resource.ResourceException) {
        return true; // the pool had no connection to give within its wait
      }
    }
    return false;
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
