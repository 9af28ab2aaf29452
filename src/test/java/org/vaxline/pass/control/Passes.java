package org.vaxline.pass.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.vaxline.pass.issuer.DoseGiven;
import org.vaxline.pass.issuer.IssuedPass;
import org.vaxline.pass.issuer.PassIssuer;
import org.vaxline.pass.issuer.PassKeys;
import org.vaxline.pass.issuer.PassRequest;

/** Demo keys and passes of 홍길동 (two doses of Comirnaty, the second on 6 December 2021). */
final class Passes {

  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  static final PassKeys KEYS =
      PassKeys.demo(Clock.fixed(Instant.parse("2021-12-01T00:00:00Z"), SEOUL));
  static final LocalDate SECOND_DOSE = LocalDate.of(2021, 12, 6);
  static final Instant IAT = Instant.parse("2021-12-06T03:00:00Z");
  static final Instant EXP = Instant.parse("2022-12-06T03:00:00Z");

  /** 00:00 KST of the 14th day after dose 2: the primary series starts to count. */
  static final Instant COUNTS_FROM = Instant.parse("2021-12-19T15:00:00Z");

  private Passes() {}

  static IssuedPass twoDoses() {
    return new PassIssuer(KEYS).issue(request(SECOND_DOSE));
  }

  static PassRequest request(LocalDate secondDose) {
    return new PassRequest(
        "홍",
        "길동",
        "HONG",
        "GILDONG",
        LocalDate.of(1980, 3, 14),
        comirnaty(2, secondDose),
        IAT,
        EXP);
  }

  static DoseGiven comirnaty(int dn, LocalDate dt) {
    return new DoseGiven("1119349007", "EU/1/20/1528", "ORG-100030215", dn, 2, dt);
  }

  static Instant kst(String local) {
    return java.time.LocalDateTime.parse(local).atZone(SEOUL).toInstant();
  }
}
