package org.vaxline.pass.control;

import java.time.Instant;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;
import org.vaxline.pass.issuer.DoseGiven;
import org.vaxline.pass.issuer.Recovered;
import org.vaxline.pass.issuer.Statement;
import org.vaxline.pass.issuer.TestTaken;
import org.vaxline.pass.verifier.PassRules;
import org.vaxline.pass.verifier.PassStatus;
import org.vaxline.pass.verifier.Recovery;

/**
 * Which one of a person's records their pass states. A DCC holds exactly one entry (DCC schema
 * 1.3.0), and a venue's rules see only that entry, so the choice is made as a venue would judge it:
 * each record alone, at the instant of issue.
 *
 * <p>The first kind that is valid now wins, in the order of issue 7: the latest dose (the pass was
 * built for vaccination, and it is the entry every foreign verifier knows), then a negative test,
 * then a recovery; within a kind, the record valid longest. When none is valid now, the pass still
 * states the latest record, the dose on a tie, so the person sees on their pass why it is not
 * valid, and a dose not yet valid (inside its 14 days) becomes valid on the pass they already hold.
 * Only with no dose, negative test or release from isolation is there nothing to state.
 */
record StatementChoice(
    Optional<DoseGiven> latestDose, List<TestTaken> negativeTests, List<Recovered> recoveries) {

  /**
   * Later day first; on the same day the record listed first: the dose before a test before a
   * recovery, and within a kind as the registry lists them, the latest first. Likewise of records
   * valid equally long, so a pass fetched again states the same record.
   */
  private static final BinaryOperator<Statement> LATER =
      (kept, next) -> next.day().isAfter(kept.day()) ? next : kept;

  /** No expiry lasts longest. */
  private static final Comparator<PassStatus> LASTING =
      Comparator.comparing(
          PassStatus::validUntil, Comparator.nullsLast(Comparator.<Instant>naturalOrder()));

  StatementChoice {
    negativeTests = List.copyOf(negativeTests);
    recoveries = List.copyOf(recoveries);
  }

  /**
   * The records a pass could state. A recovery is stated as Korea's rules count it: valid from the
   * release from isolation through its 180th day ({@code lastValidDay}), the certificate's {@code
   * df} and {@code du}. The EU capped {@code du} at 180 days from the first positive test instead
   * (Regulation (EU) 2021/953, annex), some days earlier; Korea's pass followed its own rule.
   */
  static StatementChoice of(
      List<DoseGiven> doses,
      List<TestTaken> negativeTests,
      List<Recovery> recoveries,
      Period lastValidDay) {
    return new StatementChoice(
        doses.stream().max(DoseGiven.LATEST),
        negativeTests,
        recoveries.stream()
            .map(
                r ->
                    new Recovered(r.firstPositive(), r.released(), r.released().plus(lastValidDay)))
            .toList());
  }

  /** The statement for a pass issued at {@code now}; empty when there is no record to state. */
  Optional<Statement> choose(PassRules rules, Instant now) {
    return kinds()
        .map(kind -> validLongest(kind, rules, now))
        .flatMap(Optional::stream)
        .findFirst()
        .or(() -> kinds().<Statement>flatMap(List::stream).reduce(LATER));
  }

  private Stream<List<? extends Statement>> kinds() {
    return Stream.of(latestDose.stream().toList(), negativeTests, recoveries);
  }

  private static Optional<Statement> validLongest(
      List<? extends Statement> records, PassRules rules, Instant now) {
    return records.stream()
        .map(record -> new Judged(record, rules.evaluate(record.proves(), now)))
        .filter(judged -> judged.status().valid())
        .reduce((kept, next) -> LASTING.compare(next.status(), kept.status()) > 0 ? next : kept)
        .map(Judged::statement);
  }

  private record Judged(Statement statement, PassStatus status) {}
}
