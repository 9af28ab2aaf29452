package org.vaxline.pass.verifier;

import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads {@link PassRules} from a properties file: ISO-8601 dates, periods and durations, one key a
 * value. A missing key, an unknown one (a typo would otherwise silently drop a rule) or a value
 * that does not parse is refused with the key named.
 */
final class PassRulesFile {

  private static final String DOSES = "primarySeries.doses.";
  private static final String TEST = "negativeTest.";

  private final Properties properties = new Properties();
  private final Set<String> unread = new HashSet<>();

  private PassRulesFile(Reader reader) throws IOException {
    properties.load(reader);
    unread.addAll(properties.stringPropertyNames());
  }

  static PassRules read(Reader reader) throws IOException {
    var file = new PassRulesFile(reader);
    var rules =
        new PassRules(
            file.required("zone", ZoneId::of),
            file.primarySeriesDoses(),
            file.required("primarySeries.validFromAfterDose", Period::parse),
            file.required("primarySeries.lastValidDayAfterDose", Period::parse),
            file.required("primarySeries.expiryEnforcedFrom", LocalDate::parse),
            file.negativeTests(),
            file.required("recovery.lastValidDayAfterRelease", Period::parse),
            file.required("underAgeExemption.bornOnOrAfter", LocalDate::parse));
    if (!file.unread.isEmpty()) {
      throw new IllegalArgumentException("unknown keys in the pass rules: " + file.unread);
    }
    return rules;
  }

  private Map<String, Integer> primarySeriesDoses() {
    var doses = new HashMap<String, Integer>();
    for (var key : Set.copyOf(unread)) {
      if (key.startsWith(DOSES)) {
        doses.put(key.substring(DOSES.length()), required(key, Integer::valueOf));
      }
    }
    return doses;
  }

  private Map<TestResult.Kind, PassRules.NegativeTest> negativeTests() {
    var tests = new EnumMap<TestResult.Kind, PassRules.NegativeTest>(TestResult.Kind.class);
    for (var kind : TestResult.Kind.values()) {
      var prefix = TEST + kind.name() + ".";
      if (properties.containsKey(prefix + "countsFor")) {
        tests.put(
            kind,
            new PassRules.NegativeTest(
                required(prefix + "countsFor", Duration::parse),
                optional(prefix + "acceptedFrom", LocalDate::parse)));
      }
    }
    return tests;
  }

  private <T> T required(String key, Function<String, T> parse) {
    var value = optional(key, parse);
    if (value == null) {
      throw new IllegalArgumentException("the pass rules lack " + key);
    }
    return value;
  }

  private <T> T optional(String key, Function<String, T> parse) {
    unread.remove(key);
    var text = properties.getProperty(key);
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text.strip());
    } catch (DateTimeException | NumberFormatException e) {
      throw new IllegalArgumentException(
          key + "=" + text + " does not parse: " + e.getMessage(), e);
    }
  }
}
