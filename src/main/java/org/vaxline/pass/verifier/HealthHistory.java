package org.vaxline.pass.verifier;

import java.time.LocalDate;
import java.util.List;

/**
 * What a pass can prove about one person: the input to {@link PassRules#evaluate}.
 *
 * @param birthDate null when unknown. For a partial HCERT {@code dob} ("2003" or "2003-05") give
 *     the first day it allows: the earliest the person can have been born, so an age exemption is
 *     never granted on a guess.
 */
public record HealthHistory(
    LocalDate birthDate,
    List<Vaccination> vaccinations,
    List<TestResult> tests,
    List<Recovery> recoveries,
    List<Exemption> exemptions) {

  public HealthHistory {
    vaccinations = vaccinations == null ? List.of() : List.copyOf(vaccinations);
    tests = tests == null ? List.of() : List.copyOf(tests);
    recoveries = recoveries == null ? List.of() : List.copyOf(recoveries);
    exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
  }
}
