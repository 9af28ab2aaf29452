package org.vaxline.pass.verifier;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Each flag of the EU DCC test data, answered by the step of Vaxline's verifier that it tests
 * (dgc-testdata README, "Code Validation"). Empty when the file lacks that step's inputs, as the
 * README allows; true or false is Vaxline's answer, to compare with the file's.
 */
record DccConformanceSteps(HcertVerifier verifier, DccTestFile file) {

  Optional<Boolean> actual(String flag) {
    return switch (flag) {
      case "EXPECTEDPICTUREDECODE" -> pictureDecode();
      case "EXPECTEDUNPREFIX" -> unprefix();
      case "EXPECTEDB45DECODE" -> base45Decode();
      case "EXPECTEDCOMPRESSION" -> compression();
      case "EXPECTEDVERIFY" -> verify();
      case "EXPECTEDDECODE" -> decode();
      case "EXPECTEDVALIDJSON" -> validJson();
      case "EXPECTEDVALIDOBJECT" -> file.jsonPayload().map(json -> schemaAccepts(parse(json)));
      case "EXPECTEDSCHEMAVALIDATION" -> dcc().map(this::schemaAccepts);
      case "EXPECTEDENCODE" -> encode();
      // A misspelt flag in 7 files (BG, ES), undefined by the README; every one of them has its
      // validation clock inside the pass's window, so it can only mean the expiration check.
      case "EXPECTEDEXPIRATIONCHECK", "EXPTECTEDEXPIRED" -> expirationCheck();
      case "EXPECTEDKEYUSAGE" -> keyUsage();
      default -> Optional.empty();
    };
  }

  private Optional<Boolean> pictureDecode() {
    var prefix = file.text("PREFIX");
    return file.text("2DCODE")
        .flatMap(png -> prefix.map(p -> new QrImage(png).text().map(p::equals).orElse(false)));
  }

  private Optional<Boolean> unprefix() {
    var base45 = file.text("BASE45");
    return file.text("PREFIX")
        .flatMap(p -> base45.map(b -> attempt(() -> new Hc1Text(p).base45().equals(b))));
  }

  private Optional<Boolean> base45Decode() {
    var compressed = file.hex("COMPRESSED");
    return file.text("BASE45")
        .flatMap(
            b -> compressed.map(c -> attempt(() -> Arrays.equals(Hc1Text.decodeBase45(b), c))));
  }

  private Optional<Boolean> compression() {
    var inflater = BoundedInflater.zlib(Hc1Text.MAX_COSE_BYTES);
    var cose = file.hex("COSE");
    return file.hex("COMPRESSED")
        .flatMap(z -> cose.map(c -> attempt(() -> Arrays.equals(inflater.inflate(z), c))));
  }

  private Optional<Boolean> verify() {
    return cose()
        .flatMap(
            bytes ->
                file.certificate()
                    .map(
                        signer ->
                            attempt(
                                () -> {
                                  var trust = TrustList.of(List.of(signer));
                                  return HcertVerifier.signerOf(CoseSign1.decode(bytes), trust)
                                      != null;
                                })));
  }

  /** The signed payload's DCC matches the file's CBOR and JSON, whichever it has. */
  private Optional<Boolean> decode() {
    var cbor = file.hex("CBOR");
    if (cose().isEmpty() && cbor.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        attempt(
            () -> {
              var fromCbor =
                  cbor.isPresent() ? Optional.of(dccIn(cbor.get())) : Optional.<CBORObject>empty();
              var decoded = cose().isPresent() ? coseDcc(cose().get()) : fromCbor.get();
              var json = file.jsonPayload().map(DccConformanceSteps::parse);
              return same(decoded, fromCbor) && same(decoded, json);
            }));
  }

  /** The whole chain from the QR text yields the file's JSON. */
  private Optional<Boolean> validJson() {
    var json = file.jsonPayload().map(DccConformanceSteps::parse);
    return file.text("PREFIX")
        .flatMap(
            p ->
                json.map(j -> attempt(() -> same(coseDcc(new Hc1Text(p).cose()), Optional.of(j)))));
  }

  private Optional<Boolean> encode() {
    var cbor = file.hex("CBOR");
    return file.jsonPayload()
        .flatMap(j -> cbor.map(c -> attempt(() -> same(parse(j), Optional.of(dccIn(c))))));
  }

  /** From iat to exp at the validation clock, as {@link HcertVerifier} judges it. */
  private Optional<Boolean> expirationCheck() {
    var clock = file.validationClock();
    return cose()
        .flatMap(
            bytes ->
                clock.map(
                    at ->
                        attempt(
                            () -> {
                              var payload =
                                  CborReader.DCC.decode(CoseSign1.decode(bytes).payload());
                              return HcertVerifier.inForce(CwtClaims.from(payload), at).isEmpty();
                            })));
  }

  private Optional<Boolean> keyUsage() {
    return cose()
        .flatMap(
            bytes ->
                file.certificate()
                    .map(signer -> attempt(() -> DccType.of(coseDcc(bytes)).allowedBy(signer))));
  }

  private boolean schemaAccepts(CBORObject dcc) {
    return attempt(() -> verifier.readDcc(dcc) != null);
  }

  /** The COSE as the file gives it, or else as its QR text encodes it. */
  private Optional<byte[]> cose() {
    var cose = file.hex("COSE");
    if (cose.isPresent()) {
      return cose;
    }
    return file.text("PREFIX")
        .flatMap(
            p -> {
              try {
                return Optional.of(new Hc1Text(p).cose());
              } catch (Rejection e) {
                return Optional.empty();
              }
            });
  }

  /** The DCC from the COSE (or QR text), else from the file's CBOR. */
  private Optional<CBORObject> dcc() {
    try {
      var cose = cose();
      if (cose.isPresent()) {
        return Optional.of(coseDcc(cose.get()));
      }
      var cbor = file.hex("CBOR");
      return cbor.isPresent() ? Optional.of(dccIn(cbor.get())) : Optional.empty();
    } catch (Rejection | RuntimeException e) {
      return Optional.of(CBORObject.Null);
    }
  }

  private static CBORObject coseDcc(byte[] cose) throws Rejection {
    return HcertVerifier.euDcc(CborReader.DCC.decode(CoseSign1.decode(cose).payload()));
  }

  /** The file's CBOR is either the DCC itself or the whole CWT payload (README note). */
  private static CBORObject dccIn(byte[] cbor) throws Rejection {
    var value = CborReader.DCC.decode(cbor);
    var isCwt = value.getType() == CBORType.Map && value.ContainsKey(CBORObject.FromObject(-260));
    return isCwt ? HcertVerifier.euDcc(value) : value;
  }

  private static boolean same(CBORObject dcc, Optional<CBORObject> other) {
    return other.isEmpty() || CanonicalCbor.of(dcc).equals(CanonicalCbor.of(other.get()));
  }

  private static CBORObject parse(String json) {
    return CBORObject.FromJSONString(json);
  }

  /** A step that throws has failed: the answer is false. */
  private static boolean attempt(Step step) {
    try {
      return step.run();
    } catch (Rejection | RuntimeException e) {
      return false;
    }
  }

  private interface Step {
    boolean run() throws Rejection;
  }
}
