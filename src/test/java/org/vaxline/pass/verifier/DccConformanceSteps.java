package org.vaxline.pass.verifier;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Each flag of the EU DCC test data, answered by the step of Vaxline's verifier that it tests
 * (dgc-testdata README, "Code Validation"). Empty when the file lacks that step's inputs, as the
 * README allows; true or false is Vaxline's answer, to compare with the file's.
 */
record DccConformanceSteps(HcertVerifier verifier, DccTestFile file) {

  private static final BoundedInflater ZLIB = BoundedInflater.zlib(Hc1Text.MAX_COSE_BYTES);

  Optional<Boolean> actual(String flag) {
    var json = file.jsonPayload().map(CBORObject::FromJSONString);
    return switch (flag) {
      case "EXPECTEDPICTUREDECODE" ->
          given(file.text("2DCODE"), file.text("PREFIX"), DccConformanceSteps::pictureShows);
      case "EXPECTEDUNPREFIX" ->
          given(
              file.text("PREFIX"),
              file.text("BASE45"),
              (p, b) -> new Hc1Text(p).base45().equals(b));
      case "EXPECTEDB45DECODE" ->
          given(
              file.text("BASE45"),
              file.hex("COMPRESSED"),
              (b, z) -> Arrays.equals(Hc1Text.decodeBase45(b), z));
      case "EXPECTEDCOMPRESSION" ->
          given(
              file.hex("COMPRESSED"),
              file.hex("COSE"),
              (z, c) -> Arrays.equals(ZLIB.inflate(z), c));
      case "EXPECTEDVERIFY" -> given(cose(), file.certificate(), DccConformanceSteps::signedBy);
      case "EXPECTEDDECODE" -> decode(json);
      case "EXPECTEDVALIDJSON" ->
          given(file.text("PREFIX"), json, (p, j) -> same(coseDcc(new Hc1Text(p).cose()), j));
      case "EXPECTEDVALIDOBJECT" -> json.map(this::schemaAccepts);
      case "EXPECTEDSCHEMAVALIDATION" -> dcc().map(this::schemaAccepts);
      case "EXPECTEDENCODE" -> given(json, file.hex("CBOR"), (j, c) -> same(j, dccIn(c)));
      // A misspelt flag in 7 files (BG, ES), undefined by the README; every one of them has its
      // validation clock inside the pass's window, so it can only mean the expiration check.
      case "EXPECTEDEXPIRATIONCHECK", "EXPTECTEDEXPIRED" ->
          given(
              cose(),
              file.validationClock(),
              (c, at) -> HcertVerifier.inForce(claims(c), at).isEmpty());
      case "EXPECTEDKEYUSAGE" ->
          given(
              cose(), file.certificate(), (c, signer) -> DccType.of(coseDcc(c)).allowedBy(signer));
      default -> Optional.empty();
    };
  }

  /** The signed payload's DCC matches the file's CBOR and JSON, whichever it has. */
  private Optional<Boolean> decode(Optional<CBORObject> json) {
    var cbor = file.hex("CBOR");
    if (cose().isEmpty() && cbor.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        attempt(
            () -> {
              var fromCbor = cbor.isPresent() ? dccIn(cbor.get()) : null;
              var decoded = cose().isPresent() ? coseDcc(cose().get()) : fromCbor;
              return (fromCbor == null || same(decoded, fromCbor))
                  && (json.isEmpty() || same(decoded, json.get()));
            }));
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
    try {
      var prefix = file.text("PREFIX");
      return prefix.isPresent() ? Optional.of(new Hc1Text(prefix.get()).cose()) : Optional.empty();
    } catch (Rejection e) {
      return Optional.empty();
    }
  }

  /** The DCC from the COSE (or QR text), else from the file's CBOR; unreadable is null. */
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

  private static boolean pictureShows(String png, String prefix) {
    return new QrImage(png).text().map(prefix::equals).orElse(false);
  }

  private static boolean signedBy(byte[] cose, X509Certificate signer) throws Rejection {
    return HcertVerifier.signerOf(CoseSign1.decode(cose), TrustList.of(List.of(signer))) != null;
  }

  private static CwtClaims claims(byte[] cose) throws Rejection {
    return CwtClaims.from(CborReader.DCC.decode(CoseSign1.decode(cose).payload()));
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

  private static boolean same(CBORObject one, CBORObject other) {
    return CanonicalCbor.of(one).equals(CanonicalCbor.of(other));
  }

  /** The step's answer when the file has both of its inputs; a step that throws has failed. */
  private static <A, B> Optional<Boolean> given(Optional<A> a, Optional<B> b, Step<A, B> step) {
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(attempt(() -> step.run(a.get(), b.get())));
  }

  private static boolean attempt(Check check) {
    try {
      return check.run();
    } catch (Rejection | RuntimeException e) {
      return false;
    }
  }

  private interface Step<A, B> {
    boolean run(A a, B b) throws Rejection;
  }

  private interface Check {
    boolean run() throws Rejection;
  }
}
