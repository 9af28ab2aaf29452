package org.vaxline.pass.issuer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** One person, two doses of Comirnaty and demo keys made before the pass is issued. */
final class IssuerFixtures {

  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  static final Instant KEYS_MADE = Instant.parse("2021-12-01T00:00:00Z");
  static final Instant IAT = Instant.parse("2021-12-20T01:00:00Z");
  static final Instant EXP = Instant.parse("2022-06-18T01:00:00Z");
  static final Instant NOON = Instant.parse("2022-01-10T03:00:00Z");
  static final LocalDate SECOND_DOSE = LocalDate.of(2021, 12, 6);

  private IssuerFixtures() {}

  static PassKeys demoKeys() {
    return PassKeys.demo(Clock.fixed(KEYS_MADE, SEOUL));
  }

  /** EU value-set codes of Comirnaty: mRNA vaccine, EU/1/20/1528, BioNTech (ORG-100030215). */
  static DoseGiven comirnaty(int dn, int sd, LocalDate dt) {
    return new DoseGiven("J07BX03", "EU/1/20/1528", "ORG-100030215", dn, sd, dt);
  }

  static PassRequest request(Instant issuedAt, Instant expiresAt, Statement statement) {
    return new PassRequest(
        "홍", "길동", "HONG", "GILDONG", LocalDate.of(1980, 3, 14), statement, issuedAt, expiresAt);
  }

  /** The pass of the second dose, which states it as the latest. */
  static PassRequest twoDoses() {
    return request(IAT, EXP, comirnaty(2, 2, SECOND_DOSE));
  }
}
