package org.vaxline.pass.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One file of the EU DCC test data (eu-digital-green-certificates/dgc-testdata, README "RAW
 * Content"): the pass at each stage of encoding, a test context and the expected results.
 */
record DccTestFile(String name, JsonNode json) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The clocks come in several ISO 8601 forms; as the reference test does, no offset is UTC. */
  private static final DateTimeFormatter ISO_8601 =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
          .toFormatter();

  static DccTestFile read(Path root, Path file) throws IOException {
    var name = root.relativize(file).toString().replace('\\', '/');
    return new DccTestFile(name, MAPPER.readTree(Files.readAllBytes(file)));
  }

  boolean isTestCase() {
    return json.isObject() && json.path("EXPECTEDRESULTS").isObject();
  }

  /** The flags in EXPECTEDRESULTS with a boolean value, in file order. */
  Map<String, Boolean> expected() {
    var flags = new LinkedHashMap<String, Boolean>();
    json.path("EXPECTEDRESULTS")
        .properties()
        .forEach(
            flag -> {
              if (flag.getValue().isBoolean()) {
                flags.put(flag.getKey(), flag.getValue().booleanValue());
              }
            });
    return flags;
  }

  Optional<String> text(String field) {
    var value = json.path(field);
    return value.isTextual() && !value.asText().isEmpty()
        ? Optional.of(value.asText())
        : Optional.empty();
  }

  /** A hex field (CBOR, COSE, COMPRESSED); empty if absent or not hex at all. */
  Optional<byte[]> hex(String field) {
    try {
      return text(field).map(hex -> HexFormat.of().parseHex(hex.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The JSON payload as the file states it, as text. */
  Optional<String> jsonPayload() {
    var value = json.path("JSON");
    return value.isObject() ? Optional.of(value.toString()) : Optional.empty();
  }

  Optional<X509Certificate> certificate() {
    var base64 = json.path("TESTCTX").path("CERTIFICATE").asText("");
    if (base64.isBlank()) {
      return Optional.empty();
    }
    try {
      var der = Base64.getMimeDecoder().decode(base64);
      var factory = CertificateFactory.getInstance("X.509");
      return Optional.of(
          (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
    } catch (CertificateException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  Optional<Instant> validationClock() {
    var clock = json.path("TESTCTX").path("VALIDATIONCLOCK").asText("");
    if (clock.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(OffsetDateTime.parse(clock, ISO_8601).toInstant());
  }
}
