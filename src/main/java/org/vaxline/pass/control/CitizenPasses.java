package org.vaxline.pass.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.vaxline.pass.issuer.DoseGiven;
import org.vaxline.pass.issuer.PassRequest;
import org.vaxline.pass.issuer.Recovered;
import org.vaxline.pass.issuer.Statement;
import org.vaxline.pass.issuer.TestTaken;
import org.vaxline.pass.issuer.Uvci;
import org.vaxline.pass.verifier.HcertReason;
import org.vaxline.pass.verifier.HealthHistory;
import org.vaxline.pass.verifier.Holder;
import org.vaxline.pass.verifier.VenueVerdict;
import org.vaxline.registry.control.Registry;

/**
 * Issues a citizen their own pass from the registry's records (issue 7): an HCERT of the one record
 * that makes it valid now, or else of their latest ({@link StatementChoice}), signed now by the
 * current document signer, and their check-in codes. The UVCI is derived from the person and that
 * record with a secret key, so fetching the pass again gives the same identifier and a revocation
 * keeps holding; a new record that is chosen instead makes a new pass.
 *
 * <p>The pass's status is what Korea's rules make of the whole record: a negative result counts
 * from its notification, and a recovery with a completed series has no end. The QR code proves to a
 * venue only what its one entry states: a test from its sampling, which is never longer (see {@link
 * org.vaxline.pass.verifier.TestResult}); the pass shows that verdict too, so the person is never
 * told "valid" where a venue's scanner will say otherwise. A check-in code carries the whole
 * record's verdict.
 */
@ApplicationScoped
public class CitizenPasses {

  /** How long a signature holds; the rules, not the signature, end a pass in practice. */
  static final Duration SIGNATURE_LIFETIME = Duration.ofDays(365);

  @Inject Registry registry;
  @Inject PassKeyring keyring;
  @Inject PassChecks checks;
  @Inject CheckIns checkIns;
  @Inject PassSecret secret;
  @Inject Clock clock;

  public CitizenPass passOf(long person) {
    var now = clock.instant();
    var history = registry.historyOf(person);
    var doses = registry.vaccinationsOf(person);
    var statement = statementOf(person, history, doses, now);
    var holder = registry.holderOf(person);
    var status = checks.rules().evaluate(history, now);
    var name = holder.name();
    var request =
        new PassRequest(
            name.family(),
            name.given(),
            name.familyTransliterated(),
            name.givenTransliterated(),
            holder.birthDate(),
            statement,
            now,
            signatureEnd(now));
    var issued = keyring.issuer().issue(request, uvci(person, statement));
    var scanned = checks.rules().evaluate(statement.proves(), now);
    return new CitizenPass(issued, status, holder, statement, scanned, doses);
  }

  /** A 30-second code for the citizen's pass, if their record makes it valid now. */
  public CheckInCode checkInCode(long person) {
    var now = clock.instant();
    var history = registry.historyOf(person);
    var statement = statementOf(person, history, registry.vaccinationsOf(person), now);
    var status = checks.rules().evaluate(history, now);
    if (!status.valid()) {
      throw NoPass.notValidNow(status.reason().name());
    }
    var holder = registry.holderOf(person);
    var shown =
        new Holder(holder.name().family(), holder.name().given(), holder.birthDate().toString());
    var verdict =
        new VenueVerdict(
            HcertReason.VALID,
            status.reason(),
            status.validUntil(),
            shown.maskedName(),
            shown.maskedBirthDate());
    return checkIns.issue(Revocations.entryFor(uvci(person, statement).value()), verdict);
  }

  private Statement statementOf(
      long person, HealthHistory history, List<DoseGiven> doses, Instant now) {
    var rules = checks.rules();
    return StatementChoice.of(
            doses,
            registry.negativeTestsOf(person),
            history.recoveries(),
            rules.recoveryLastValidDay())
        .choose(rules, now)
        .orElseThrow(NoPass::noRecord);
  }

  /** A year, never beyond the signer's certificate (HCERT 1.0.5 §3.3.4). */
  private Instant signatureEnd(Instant now) {
    var signerEnds = keyring.keys().current().certificate().getNotAfter().toInstant();
    var year = now.plus(SIGNATURE_LIFETIME);
    return year.isBefore(signerEnds) ? year : signerEnds;
  }

  private Uvci uvci(long person, Statement statement) {
    var record = person + "|" + recordKey(statement);
    return Uvci.fromBytes(
        PassSecret.hmac(secret.keyFor("uvci"), record.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The record, named as the registry keeps it unique (db/V9): a dose by product, number and day
   * (as since the first passes, so their identifiers and revocations hold), a test by type and
   * sampling instant, a recovery by its first positive day.
   */
  private static String recordKey(Statement statement) {
    if (statement instanceof DoseGiven dose) {
      return dose.mp() + "|" + dose.dn() + "|" + dose.dt();
    }
    if (statement instanceof TestTaken test) {
      return "test|" + test.tt() + "|" + test.sc().toInstant();
    }
    return "recovery|" + ((Recovered) statement).fr();
  }
}
