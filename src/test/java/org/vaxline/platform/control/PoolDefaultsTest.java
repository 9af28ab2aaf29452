package org.vaxline.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The pool's cap is written twice: inline in the post-boot file that creates the pool (the WAR's
 * configuration is not readable yet when it runs) and as the default of the key the node reports to
 * operators. Operators add the reported figures up against max_connections, so the two must agree.
 */
class PoolDefaultsTest {

  private static final Path POST_BOOT = Path.of("payara-config", "post-boot-commands.asadmin");

  @Test
  void theReportedPoolCapDefaultsToThePostBootFilesDefault() throws Exception {
    var reported =
        DatabaseMigration.class
            .getDeclaredField("poolMax")
            .getAnnotation(ConfigProperty.class)
            .defaultValue();
    assertEquals(reported, inlineDefault("vaxline.db.pool.max"));
  }

  @Test
  void thePoolIsCreatedWithEveryConfigurableFigure() throws Exception {
    for (var key :
        new String[] {
          "vaxline.db.pool.min",
          "vaxline.db.pool.max",
          "vaxline.db.pool.wait-ms",
          "vaxline.db.idle-in-transaction-timeout",
          "vaxline.db.url",
          "vaxline.db.user",
          "vaxline.db.password"
        }) {
      assertTrue(inlineDefault(key) != null, key);
    }
  }

  /**
   * The default in {@code ${MPCONFIG=key:default}}, or null when the file does not read the key.
   */
  private static String inlineDefault(String key) throws Exception {
    var matcher =
        Pattern.compile("\\$\\{MPCONFIG=" + Pattern.quote(key) + ":([^}]*)}")
            .matcher(Files.readString(POST_BOOT));
    return matcher.find() ? matcher.group(1) : null;
  }
}
