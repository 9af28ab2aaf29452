package org.vaxline.pass.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.vaxline.pass.control.CitizenPass;
import org.vaxline.pass.issuer.DoseGiven;
import org.vaxline.pass.issuer.Recovered;
import org.vaxline.pass.issuer.Statement;
import org.vaxline.pass.issuer.TestTaken;
import org.vaxline.pass.verifier.PassStatus;
import org.vaxline.platform.control.KoreaTime;

/**
 * What the citizen sees of their own pass: the QR text (the images are the same address with {@code
 * Accept: image/png} or {@code image/svg+xml}), the UVCI to quote to a help desk, the signature's
 * window, what the rules make of their record now, their name, the one record the QR code states
 * and every dose recorded.
 */
public record MyPassView(
    String qr,
    String uvci,
    OffsetDateTime issuedAt,
    OffsetDateTime signatureExpiresAt,
    Status status,
    String familyName,
    String givenName,
    LocalDate birthDate,
    Stated stated,
    List<Dose> doses) {

  /** The rules' verdict; {@code validFrom} and {@code validUntil} absent when they do not apply. */
  public record Status(
      boolean valid, String reason, OffsetDateTime validFrom, OffsetDateTime validUntil) {}

  /** A dose as the pass states it (EU value-set codes). */
  public record Dose(int number, int seriesDoses, LocalDate date, String product) {}

  /**
   * The record the QR code states: {@code kind} VACCINATION, TEST or RECOVERY, the one of {@code
   * dose}, {@code test}, {@code recovery} that describes it, and what a venue scanning the QR code
   * finds now ({@code scanned}), which judges that record alone.
   */
  public record Stated(String kind, Dose dose, Test test, Recovery recovery, Status scanned) {}

  /** A negative result: {@code type} PCR or RAPID_ANTIGEN, when sampled and where. */
  public record Test(String type, OffsetDateTime sampledAt, String centre) {}

  /** A recovery: the first positive day, and the first and last days the pass counts it. */
  public record Recovery(LocalDate firstPositive, LocalDate validFrom, LocalDate validUntil) {}

  static MyPassView of(CitizenPass pass) {
    var status = pass.status();
    var name = pass.holder().name();
    return new MyPassView(
        pass.issued().qrText(),
        pass.issued().uvci().value(),
        korean(pass.issued().issuedAt()),
        korean(pass.issued().expiresAt()),
        status(status),
        name.family(),
        name.given(),
        pass.holder().birthDate(),
        stated(pass.statement(), status(pass.scanned())),
        pass.doses().stream().map(MyPassView::dose).toList());
  }

  private static Status status(PassStatus status) {
    return new Status(
        status.valid(),
        status.reason().name(),
        korean(status.validFrom()),
        korean(status.validUntil()));
  }

  private static Stated stated(Statement statement, Status scanned) {
    if (statement instanceof DoseGiven given) {
      return new Stated("VACCINATION", dose(given), null, null, scanned);
    }
    if (statement instanceof TestTaken test) {
      return new Stated(
          "TEST", null, new Test(test.kind().name(), test.sc(), test.tc()), null, scanned);
    }
    var recovery = (Recovered) statement;
    return new Stated(
        "RECOVERY", null, null, new Recovery(recovery.fr(), recovery.df(), recovery.du()), scanned);
  }

  private static Dose dose(DoseGiven given) {
    return new Dose(given.dn(), given.sd(), given.dt(), given.mp());
  }

  private static OffsetDateTime korean(Instant instant) {
    return instant == null ? null : instant.atZone(KoreaTime.ZONE).toOffsetDateTime();
  }
}
