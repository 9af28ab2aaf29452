package org.vaxline.demo.boundary;

import static java.util.stream.Collectors.joining;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vaxline.campaign.control.Campaigns;
import org.vaxline.demo.control.DemoCampaigns;
import org.vaxline.demo.control.DemoLoader;
import org.vaxline.demo.control.DemoSlots;
import org.vaxline.demo.entity.DemoAccount;
import org.vaxline.demo.entity.LoadReport;
import org.vaxline.demo.entity.ShowcaseResident;
import org.vaxline.identity.control.IdentityKeys;
import org.vaxline.identity.control.People;
import org.vaxline.platform.control.DatabaseMigration;
import org.vaxline.platform.control.SchemaReady;
import org.vaxline.staff.control.StaffPasswords;

/**
 * Fills an empty database with the demo country when {@code vaxline.demo=true}. Nodes that start
 * together queue on an advisory lock; the first loads, the others then find residents and do
 * nothing. Everything is one transaction, so a node that dies mid-load leaves an empty database for
 * the next start. The demo campaigns ({@link DemoCampaigns}) are created through the campaign
 * feature when there are none, also on a database an earlier version loaded.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** The seed of the demo country: the day the 55-59 cohort opened, so every start is the same. */
  static final long SEED = 20210712L;

  private static final String DEMO_OPERATOR = "demo";

  @Inject
  @ConfigProperty(name = "vaxline.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "vaxline.demo.residents", defaultValue = "200000")
  int residents;

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject IdentityKeys keys;

  @Inject StaffPasswords passwords;

  @Inject Campaigns campaigns;

  @Inject People people;

  @Inject DemoSlots slots;

  @Inject Clock clock;

  /**
   * After every feature's own start-up (observers without a priority run at {@code APPLICATION +
   * 500}): the slots opened below need the campaign catalog and the clinic directory started.
   */
  void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) SchemaReady ready) {
    if (!demo) {
      return;
    }
    try (var connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        loadIfEmpty(connection);
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("demo data could not be loaded", e);
    }
    var created = campaigns.createIfNone(DemoCampaigns.drafts(LocalDate.now(clock)), DEMO_OPERATOR);
    if (created > 0) {
      people.addToGroup(
          "HEALTH_WORKER", List.of(ShowcaseResident.HEALTH_WORKER.number()), DEMO_OPERATOR);
      LOG.info(() -> "Demo campaigns created: " + created + ", the 2021 ones and two open now");
      slots.open();
    }
  }

  private void loadIfEmpty(Connection connection) throws SQLException {
    var loaded = new DemoLoader(keys, passwords::hash).loadIfEmpty(connection, SEED, residents);
    connection.commit();
    loaded.ifPresentOrElse(
        DemoData::log, () -> LOG.info("Demo data not loaded: the database already has residents"));
    LOG.warning(
        () ->
            "DEMO mode: staff accounts with published passwords exist ("
                + DemoAccount.ALL.stream().map(DemoAccount::username).collect(joining(", "))
                + "); never set vaxline.demo=true where real people's data is kept");
  }

  private static void log(LoadReport report) {
    LOG.info(
        () ->
            "Demo data loaded in %d ms: %d clinics, %d residents, %d staff accounts"
                .formatted(
                    report.elapsedMillis(), report.clinics(), report.residents(), report.staff()));
  }
}
