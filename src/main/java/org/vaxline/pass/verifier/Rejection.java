package org.vaxline.pass.verifier;

/**
 * A step of verification refused its input. Internal: the verifiers turn it into an invalid result,
 * so no exception leaves the library. The reason is an {@link HcertReason} or a {@link ShcReason};
 * steps shared by both (decompression) use names that both enums have.
 */
final class Rejection extends Exception {

  private final Enum<?> reason;

  Rejection(Enum<?> reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  /** The reason in the verifier's own terms. */
  <R extends Enum<R>> R reason(Class<R> type) {
    return Enum.valueOf(type, reason.name());
  }
}
