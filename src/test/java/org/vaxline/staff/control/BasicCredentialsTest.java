package org.vaxline.staff.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {

  @Test
  void readsAUserNameAndAPasswordThatMayHoldColons() throws Exception {
    var credentials = BasicCredentials.parse(basic("operator:pass:with:colons"));
    assertEquals("operator", credentials.username());
    assertEquals("pass:with:colons", credentials.password());
  }

  @Test
  void theSchemeIsCaseInsensitiveAndOtherSchemesAreNotBasic() throws Exception {
    assertTrue(BasicCredentials.isBasic("bAsIc b3BlcmF0b3I6eA=="));
    assertEquals("x", BasicCredentials.parse("bAsIc b3BlcmF0b3I6eA==").password());
    assertFalse(BasicCredentials.isBasic("Bearer abc"));
    assertFalse(BasicCredentials.isBasic("Basic"));
    assertFalse(BasicCredentials.isBasic(null));
  }

  /** The headers of issue 15 that answered 500, and their kin. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Basic b3BlcmF0b3I6", // "operator:" - empty password
        "Basic bg==", // "n" - no colon
        "Basic !!!", // not Base64
        "Basic YQBiOnBhc3N3b3Jk", // "a\0b:password" - NUL in the user name
        "Basic OnBhc3N3b3Jk", // ":password" - empty user name
        "Basic ",
        "Basic /w==", // 0xFF - not UTF-8
      })
  void refusesWhatCannotBeRead(String header) {
    var malformed =
        assertThrows(BasicCredentials.Malformed.class, () -> BasicCredentials.parse(header));
    var encoded = header.substring("Basic ".length()).strip();
    assertTrue(encoded.isEmpty() || !malformed.getMessage().contains(encoded), "never the value");
  }

  @Test
  void refusesControlCharactersInThePasswordAndFarTooLongHeaders() {
    assertThrows(
        BasicCredentials.Malformed.class, () -> BasicCredentials.parse(basic("operator:a\tb")));
    assertThrows(
        BasicCredentials.Malformed.class, () -> BasicCredentials.parse(basic("operator:a\u0085b")));
    assertThrows(
        BasicCredentials.Malformed.class,
        () ->
            BasicCredentials.parse(basic("operator:" + "x".repeat(BasicCredentials.LONGEST * 2))));
  }

  @Test
  void neverShowsThePassword() throws Exception {
    assertFalse(BasicCredentials.parse(basic("operator:secret")).toString().contains("secret"));
  }

  private static String basic(String pair) {
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }
}
