package org.vaxline.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignedTokensTest {

  private static final byte[] KEY = new byte[32];

  static {
    Arrays.fill(KEY, (byte) 7);
  }

  private final SignedTokens tickets = new SignedTokens("vaxline-test+jwt", KEY);

  @Test
  void theClaimsComeBackAsSigned() {
    var token =
        tickets.sign(
            new JWTClaimsSet.Builder()
                .subject("10")
                .claim("seq", 123456789012L)
                .claim("name", "홍길동")
                .build());
    var claims = tickets.read(token).orElseThrow();
    assertEquals("10", claims.getSubject());
    assertEquals(123456789012L, claims.getClaim("seq"));
    assertEquals("홍길동", claims.getClaim("name"));
  }

  @Test
  void aChangedPayloadIsRefused() {
    var token = tickets.sign(new JWTClaimsSet.Builder().subject("10").build());
    var parts = token.split("\\.");
    var forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"sub\":\"11\"}".getBytes(StandardCharsets.UTF_8));
    assertTrue(tickets.read(parts[0] + "." + forged + "." + parts[2]).isEmpty());
  }

  @Test
  void aTokenOfAnotherKindOrKeyIsRefused() {
    var claims = new JWTClaimsSet.Builder().subject("10").build();
    assertTrue(tickets.read(new SignedTokens("vaxline-other+jwt", KEY).sign(claims)).isEmpty());
    var otherKey = KEY.clone();
    otherKey[0] = 8;
    assertTrue(tickets.read(new SignedTokens("vaxline-test+jwt", otherKey).sign(claims)).isEmpty());
  }

  @Test
  void garbageIsRefusedQuietly() {
    for (var garbage : new String[] {null, "", "a.b", "a.b.c", "...", "x".repeat(5000)}) {
      assertTrue(tickets.read(garbage).isEmpty(), String.valueOf(garbage));
    }
  }
}
