package org.vaxline.pass.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.vaxline.pass.issuer.DoseGiven;
import org.vaxline.pass.issuer.PassRequest;
import org.vaxline.pass.issuer.Uvci;
import org.vaxline.pass.verifier.HcertReason;
import org.vaxline.pass.verifier.Holder;
import org.vaxline.pass.verifier.VenueVerdict;
import org.vaxline.registry.control.Registry;

/**
 * Issues a citizen their own pass from the registry's records (issue 7): an HCERT of their latest
 * dose, signed now by the current document signer, and their check-in codes. The UVCI is derived
 * from the person and that dose with a secret key, so fetching the pass again gives the same
 * identifier and a revocation keeps holding; a new dose makes a new pass.
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
    var doses = registry.vaccinationsOf(person);
    if (doses.isEmpty()) {
      throw NoPass.noDose();
    }
    var now = clock.instant();
    var holder = registry.holderOf(person);
    var status = checks.rules().evaluate(registry.historyOf(person), now);
    var name = holder.name();
    var latest = doses.stream().max(DoseGiven.LATEST).orElseThrow();
    var request =
        new PassRequest(
            name.family(),
            name.given(),
            name.familyTransliterated(),
            name.givenTransliterated(),
            holder.birthDate(),
            latest,
            now,
            signatureEnd(now));
    var issued = keyring.issuer().issue(request, uvci(person, latest));
    return new CitizenPass(issued, status, holder, doses);
  }

  /** A 30-second code for the citizen's pass, if it is valid now. */
  public CheckInCode checkInCode(long person) {
    var doses = registry.vaccinationsOf(person);
    if (doses.isEmpty()) {
      throw NoPass.noDose();
    }
    var now = clock.instant();
    var status = checks.rules().evaluate(registry.historyOf(person), now);
    if (!status.valid()) {
      throw NoPass.notValidNow(status.reason().name());
    }
    var holder = registry.holderOf(person);
    var shown =
        new Holder(holder.name().family(), holder.name().given(), holder.birthDate().toString());
    var latest = doses.stream().max(DoseGiven.LATEST).orElseThrow();
    var verdict =
        new VenueVerdict(
            HcertReason.VALID,
            status.reason(),
            status.validUntil(),
            shown.maskedName(),
            shown.maskedBirthDate());
    return checkIns.issue(Revocations.entryFor(uvci(person, latest).value()), verdict);
  }

  /** A year, never beyond the signer's certificate (HCERT 1.0.5 §3.3.4). */
  private Instant signatureEnd(Instant now) {
    var signerEnds = keyring.keys().current().certificate().getNotAfter().toInstant();
    var year = now.plus(SIGNATURE_LIFETIME);
    return year.isBefore(signerEnds) ? year : signerEnds;
  }

  private Uvci uvci(long person, DoseGiven dose) {
    var record = person + "|" + dose.mp() + "|" + dose.dn() + "|" + dose.dt();
    return Uvci.fromBytes(
        PassSecret.hmac(secret.keyFor("uvci"), record.getBytes(StandardCharsets.UTF_8)));
  }
}
