package org.vaxline.pass.control;

import jakarta.json.Json;
import java.util.List;
import java.util.TreeSet;

/**
 * The revocation list as verifiers download it: the hashed entries (EU DCC revocation, hash type
 * COUNTRYCODEUCI, the first 128 bits base64) in sorted order, so equal lists are equal bytes on
 * every node. Revocations are never withdrawn, so the number of entries is the version: it grows
 * with every change and a verifier can tell an older list from a newer one.
 */
public final class RevocationDocument {

  public static final String HASH_TYPE = "COUNTRYCODEUCI";

  private RevocationDocument() {}

  public static PublishedDocument of(List<String> entries) {
    var sorted = new TreeSet<>(entries);
    var list = Json.createArrayBuilder();
    sorted.forEach(list::add);
    var version = String.valueOf(sorted.size());
    var body =
        Json.createObjectBuilder()
            .add("version", sorted.size())
            .add("hashType", HASH_TYPE)
            .add("entries", list)
            .build()
            .toString();
    return new PublishedDocument(version, body);
  }
}
