package org.vaxline.pass.verifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The disagreements with the DCC test data that Vaxline accepts, each with its reason: the rows of
 * the tables in manuals/pass-conformance.md that read {@code | file | flag | expected | actual |
 * reason |}.
 */
record AcceptedDisagreements(Map<String, String> reasons) {

  private static final Pattern ROW =
      Pattern.compile(
          "^\\|\\s*`?([^|`]+\\.json)`?\\s*\\|\\s*(\\w+)\\s*\\|\\s*(true|false)\\s*\\|"
              + "\\s*(true|false)\\s*\\|\\s*(\\S.*?)\\s*\\|\\s*$");

  static AcceptedDisagreements in(Path manual) throws IOException {
    var reasons = new HashMap<String, String>();
    for (var line : Files.readAllLines(manual)) {
      var row = ROW.matcher(line);
      if (row.matches()) {
        var csv = String.join(",", row.group(1).strip(), row.group(2), row.group(3), row.group(4));
        reasons.put(csv, row.group(5));
      }
    }
    return new AcceptedDisagreements(Map.copyOf(reasons));
  }

  /** Whether the outcome, as its CSV line {@code file,flag,expected,actual}, is listed. */
  boolean accepts(String csv) {
    return reasons.containsKey(csv);
  }
}
