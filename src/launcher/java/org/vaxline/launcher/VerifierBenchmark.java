package org.vaxline.launcher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.vaxline.pass.issuer.DoseGiven;
import org.vaxline.pass.issuer.PassIssuer;
import org.vaxline.pass.issuer.PassKeys;
import org.vaxline.pass.issuer.PassRequest;
import org.vaxline.pass.verifier.HcertVerification;
import org.vaxline.pass.verifier.HcertVerifier;
import org.vaxline.pass.verifier.RevocationList;
import org.vaxline.pass.verifier.TrustList;
import se.digg.dgc.payload.v1.DigitalCovidCertificate;
import se.digg.dgc.service.impl.DefaultDGCDecoder;
import se.digg.dgc.signatures.impl.DefaultDGCSignatureVerifier;

/**
 * Issue 7, acceptance 4: the offline verifier's verifications per second on one thread against
 * {@code se.digg.dgc:dgc-create-validate}'s on the same passes, in the same JMH run. Each
 * verification is the whole chain from the QR text (Base45, zlib, COSE_Sign1 ES256 signature, CBOR,
 * expiry); Vaxline's also checks the DCC schema and the revocation list, as a venue app must. The
 * passes are distinct, so neither side can profit from a repeated input.
 *
 * <p>{@code mvn -Pjmh -DskipTests verify} runs it (forked JVM, a few minutes); for a smoke run pass
 * {@code -Djmh.quick=true} (one short iteration each). It prints both scores and the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class VerifierBenchmark {

  private static final int PASSES = 256;

  private final HcertVerifier vaxline = new HcertVerifier();
  private TrustList trustList;
  private DefaultDGCDecoder digg;
  private List<String> passes;
  private int next;

  @Setup(Level.Trial)
  public void issuePasses() {
    var keys = PassKeys.demo(Clock.offset(Clock.systemUTC(), Duration.ofDays(-1)));
    trustList = keys.trustList();
    var certificates = keys.signers().stream().map(signer -> signer.certificate()).toList();
    digg = new DefaultDGCDecoder(new DefaultDGCSignatureVerifier(), (country, kid) -> certificates);
    var issuer = new PassIssuer(keys);
    var now = Instant.now();
    var second = LocalDate.now().minusDays(30);
    passes = new ArrayList<>();
    for (int i = 0; i < PASSES; i++) {
      var request =
          new PassRequest(
              "홍",
              "길동",
              "HONG",
              "GILDONG",
              LocalDate.of(1950, 1, 1).plusDays(i * 97L),
              dose(2, second),
              now.minusSeconds(60),
              now.plus(Duration.ofDays(300)));
      passes.add(issuer.issue(request).qrText());
    }
    requireBothAccept();
  }

  @Benchmark
  public HcertVerification vaxline() {
    return vaxline.verify(nextPass(), trustList, RevocationList.empty(), Instant.now());
  }

  @Benchmark
  public DigitalCovidCertificate digg() throws Exception {
    return digg.decode(nextPass());
  }

  private String nextPass() {
    next = (next + 1) % PASSES;
    return passes.get(next);
  }

  /** A benchmark of refusals measures nothing. */
  private void requireBothAccept() {
    for (var pass : passes) {
      if (!vaxline.verify(pass, trustList, RevocationList.empty(), Instant.now()).valid()) {
        throw new IllegalStateException("Vaxline refuses a bench pass");
      }
      try {
        digg.decode(pass);
      } catch (Exception e) {
        throw new IllegalStateException("se.digg.dgc refuses a bench pass", e);
      }
    }
  }

  private static DoseGiven dose(int dn, LocalDate dt) {
    return new DoseGiven("1119349007", "EU/1/20/1528", "ORG-100030215", dn, 2, dt);
  }

  public static void main(String[] args) throws RunnerException {
    var options = new OptionsBuilder().include(VerifierBenchmark.class.getName() + "\\.");
    if (Boolean.getBoolean("jmh.quick")) {
      options
          .warmupIterations(1)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(1)
          .measurementTime(TimeValue.seconds(2));
    }
    double ours = 0;
    double theirs = 0;
    for (RunResult result : new Runner(options.build()).run()) {
      var score = result.getPrimaryResult().getScore();
      if (result.getParams().getBenchmark().endsWith(".vaxline")) {
        ours = score;
      } else {
        theirs = score;
      }
    }
    System.out.printf(
        "%nOffline verifier, one thread: Vaxline %.0f/s, se.digg.dgc %.0f/s, ratio %.2f (goal >= 1.0)%n",
        ours, theirs, ours / theirs);
  }
}
