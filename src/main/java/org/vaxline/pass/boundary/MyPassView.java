package org.vaxline.pass.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.vaxline.pass.control.CitizenPass;
import org.vaxline.platform.control.KoreaTime;

/**
 * What the citizen sees of their own pass: the QR text (the images are the same address with {@code
 * Accept: image/png} or {@code image/svg+xml}), the UVCI to quote to a help desk, the signature's
 * window, what the rules make of their record now, their name and the doses.
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
    List<Dose> doses) {

  /** The rules' verdict; {@code validFrom} and {@code validUntil} absent when they do not apply. */
  public record Status(
      boolean valid, String reason, OffsetDateTime validFrom, OffsetDateTime validUntil) {}

  /** A dose as the pass states it (EU value-set codes). */
  public record Dose(int number, int seriesDoses, LocalDate date, String product) {}

  static MyPassView of(CitizenPass pass) {
    var status = pass.status();
    var name = pass.holder().name();
    return new MyPassView(
        pass.issued().qrText(),
        pass.issued().uvci().value(),
        korean(pass.issued().issuedAt()),
        korean(pass.issued().expiresAt()),
        new Status(
            status.valid(),
            status.reason().name(),
            korean(status.validFrom()),
            korean(status.validUntil())),
        name.family(),
        name.given(),
        pass.holder().birthDate(),
        pass.doses().stream().map(d -> new Dose(d.dn(), d.sd(), d.dt(), d.mp())).toList());
  }

  private static OffsetDateTime korean(Instant instant) {
    return instant == null ? null : instant.atZone(KoreaTime.ZONE).toOffsetDateTime();
  }
}
