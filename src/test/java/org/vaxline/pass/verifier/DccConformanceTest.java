package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, acceptance 1: every expected result of the EU DCC test data (system property {@code
 * dcc.testdata}, default {@code ../shared/testdata/dcc}) against Vaxline's verifier, one line per
 * file and flag in {@code target/dcc-conformance.csv}. A disagreement fails the test unless
 * manuals/pass-conformance.md lists it with its reason.
 */
class DccConformanceTest {

  /** One flag of one file; {@code actual} is empty when the file lacks that step's inputs. */
  record Outcome(String file, String flag, boolean expected, Optional<Boolean> actual) {

    boolean agrees() {
      return actual.isPresent() && actual.get() == expected;
    }

    boolean disagrees() {
      return actual.isPresent() && actual.get() != expected;
    }

    String csv() {
      var answer = actual.map(String::valueOf).orElse("skipped");
      return String.join(",", file, flag, String.valueOf(expected), answer);
    }
  }

  @Test
  void vaxlinesVerifierAgreesWithEveryExpectedResultOfTheDccTestData() throws IOException {
    var root = Path.of(System.getProperty("dcc.testdata", "../shared/testdata/dcc"));
    if (!Files.isDirectory(root)) {
      fail("No DCC test data at " + root.toAbsolutePath() + ": set -Ddcc.testdata=<folder>");
    }
    var outcomes = outcomes(root);
    assertFalse(outcomes.isEmpty(), "no test files with EXPECTEDRESULTS under " + root);
    writeCsv(outcomes);
    System.out.println(countsPerFlag(outcomes));
    var accepted = AcceptedDisagreements.in(Path.of("manuals/pass-conformance.md"));
    var unexplained =
        outcomes.stream()
            .filter(o -> o.disagrees() && !accepted.accepts(o.csv()))
            .map(Outcome::csv)
            .toList();
    assertTrue(
        unexplained.isEmpty(),
        unexplained.size()
            + " disagreements are not in manuals/pass-conformance.md:\n"
            + String.join("\n", unexplained));
  }

  private static List<Outcome> outcomes(Path root) throws IOException {
    var verifier = new HcertVerifier();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    // Two cores: the files are independent, and ZXing and the signatures dominate the time.
    return files.parallelStream().flatMap(file -> outcomesOf(verifier, root, file)).toList();
  }

  private static Stream<Outcome> outcomesOf(HcertVerifier verifier, Path root, Path path) {
    DccTestFile file;
    try {
      file = DccTestFile.read(root, path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    if (!file.isTestCase()) {
      return Stream.empty();
    }
    var steps = new DccConformanceSteps(verifier, file);
    return file.expected().entrySet().stream()
        .map(e -> new Outcome(file.name(), e.getKey(), e.getValue(), steps.actual(e.getKey())));
  }

  private static void writeCsv(List<Outcome> outcomes) throws IOException {
    var lines = new ArrayList<String>();
    lines.add("file,flag,expected,actual");
    outcomes.forEach(o -> lines.add(o.csv()));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/dcc-conformance.csv"), lines);
  }

  private static String countsPerFlag(List<Outcome> outcomes) {
    var byFlag =
        outcomes.stream()
            .collect(Collectors.groupingBy(Outcome::flag, TreeMap::new, Collectors.toList()));
    var report = new StringBuilder("DCC conformance (flag: agree / disagree / skipped)\n");
    byFlag.forEach(
        (flag, list) -> {
          long agree = list.stream().filter(Outcome::agrees).count();
          long disagree = list.stream().filter(Outcome::disagrees).count();
          long skipped = list.size() - agree - disagree;
          report.append(String.format("  %-26s %4d / %3d / %3d%n", flag, agree, disagree, skipped));
        });
    return report.toString();
  }
}
