package org.vaxline.platform.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks that every table and column the JPA mapping uses exists in the migrated database, so a
 * mapping that drifted from {@code db/} fails readiness at start instead of a citizen's request
 * later. EclipseLink 4 has no schema validation of its own.
 */
public final class SchemaCheck {

  private SchemaCheck() {}

  /**
   * @param mapped the columns each mapped table needs, by table name
   * @return one line per missing table or column; empty when the schema satisfies the mapping
   */
  public static List<String> missing(Map<String, Set<String>> mapped, Connection connection)
      throws SQLException {
    var present = new TreeMap<String, Set<String>>();
    var meta = connection.getMetaData();
    try (var columns = meta.getColumns(null, "public", null, null)) {
      while (columns.next()) {
        present
            .computeIfAbsent(lower(columns.getString("TABLE_NAME")), t -> new HashSet<>())
            .add(lower(columns.getString("COLUMN_NAME")));
      }
    }
    return missing(mapped, present);
  }

  static List<String> missing(Map<String, Set<String>> mapped, Map<String, Set<String>> present) {
    var problems = new ArrayList<String>();
    new TreeMap<>(mapped)
        .forEach(
            (table, columns) -> {
              var actual = present.get(lower(table));
              if (actual == null) {
                problems.add("table " + table + " is missing");
                return;
              }
              for (var column : new TreeSet<>(columns)) {
                if (!actual.contains(lower(column))) {
                  problems.add("column " + table + "." + column + " is missing");
                }
              }
            });
    return problems;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
