package org.vaxline.pass.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaxline.pass.verifier.RevocationList;

/** Equal lists are equal bytes on every node; each revocation makes a new version and ETag. */
class RevocationDocumentTest {

  private static final String A = Revocations.entryFor("URN:UVCI:01:KR:ABCDEFGHIJ0123456789#5");
  private static final String B = Revocations.entryFor("URN:UVCI:01:KR:ZZZZZZZZZZ0000000000#0");

  @Test
  void entriesAreSortedAndCountedAsTheVersion() {
    var document = RevocationDocument.of(List.of(B, A));
    assertEquals("2", document.version());
    assertEquals(document.body(), RevocationDocument.of(List.of(A, B)).body());
    try (var reader = Json.createReader(new StringReader(document.body()))) {
      var json = reader.readObject();
      assertEquals(2, json.getInt("version"));
      assertEquals("COUNTRYCODEUCI", json.getString("hashType"));
      var entries = json.getJsonArray("entries").getValuesAs(jakarta.json.JsonString::getString);
      assertEquals(List.of(A, B).stream().sorted().toList(), entries);
    }
  }

  @Test
  void aRevocationChangesTheEtag() {
    assertNotEquals(
        RevocationDocument.of(List.of(A)).etag(), RevocationDocument.of(List.of(A, B)).etag());
  }

  @Test
  void theEntryIsTheEuCountryCodeUciHashThatTheVerifierLooksUp() {
    var uvci = "URN:UVCI:01:KR:ABCDEFGHIJ0123456789#5";
    assertEquals(24, A.length());
    assertEquals(true, RevocationList.of(List.of(A)).revokes("KR", uvci));
  }
}
