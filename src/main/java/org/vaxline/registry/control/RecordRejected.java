package org.vaxline.registry.control;

import org.vaxline.platform.control.DomainException;

/** A registry record that cannot be written; each kind has its own problem type. */
public class RecordRejected extends DomainException {

  private RecordRejected(String slug, String title, int status, String detail) {
    super(slug, title, status, detail);
  }

  /** Well formed, but against the registry's rules (a dose in the future, a gap in a series). */
  public static RecordRejected invalid(String detail) {
    return new RecordRejected("record-invalid", "Record not valid", 422, detail);
  }

  static RecordRejected unknownProduct(String product) {
    return new RecordRejected(
        "unknown-product",
        "Unknown vaccine product",
        400,
        "The vaccine catalogue has no product " + product + ".");
  }

  public static RecordRejected personNotFound() {
    return new RecordRejected(
        "person-not-found",
        "Person not found",
        404,
        "No resident matches: check the reference, the confirmation number, or the registration"
            + " number and the name as on the identity card.");
  }

  static RecordRejected doseRecorded(int dose) {
    return new RecordRejected(
        "dose-already-recorded",
        "Dose already recorded",
        409,
        "Dose " + dose + " of this person is already in the registry.");
  }

  static RecordRejected testRecorded() {
    return new RecordRejected(
        "test-already-recorded",
        "Test already recorded",
        409,
        "A result of this kind for this person's sample of that instant is already recorded.");
  }

  static RecordRejected recoveryRecorded() {
    return new RecordRejected(
        "recovery-already-recorded",
        "Recovery already recorded",
        409,
        "This person's release from the isolation that began with that positive test is already"
            + " recorded.");
  }
}
