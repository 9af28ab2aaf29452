package org.vaxline.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.vaxline.platform.control.DatabaseMigration;

/** Ready only when PostgreSQL answers and the schema is migrated and matches the mapping. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Inject DatabaseMigration migration;

  @Override
  public HealthCheckResponse call() {
    var status = migration.status();
    var response =
        HealthCheckResponse.named("database")
            .withData("schema", status.detail())
            .status(status.ready() && answers());
    return response.build();
  }

  private boolean answers() {
    try (var connection = migration.dataSource().getConnection()) {
      return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }
}
