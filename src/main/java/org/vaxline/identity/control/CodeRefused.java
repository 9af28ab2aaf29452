package org.vaxline.identity.control;

import org.vaxline.platform.control.DomainException;

/**
 * A one-time code that was not accepted. The answers for a person who exists and for one who does
 * not are the same, so none of them tells whether a registration number belongs to anyone.
 */
public class CodeRefused extends DomainException {

  private CodeRefused(String slug, String title, int status, String detail) {
    super(slug, title, status, detail);
  }

  static CodeRefused wrong(int attemptsLeft) {
    return new CodeRefused(
        "code-mismatch",
        "Wrong code",
        422,
        attemptsLeft > 0
            ? "The code does not match. Attempts left: " + attemptsLeft + "."
            : "The code does not match and no attempts are left; ask for a new code.");
  }

  static CodeRefused expired() {
    return new CodeRefused(
        "code-expired", "Code expired", 410, "The code has expired; ask for a new code.");
  }

  static CodeRefused exhausted() {
    return new CodeRefused(
        "code-attempts-exhausted",
        "No attempts left",
        403,
        "This code was guessed wrongly too often; ask for a new code.");
  }

  static CodeRefused used() {
    return new CodeRefused(
        "code-already-used", "Code already used", 409, "This code has already been confirmed.");
  }

  static CodeRefused unknown() {
    return new CodeRefused(
        "challenge-not-found",
        "No such verification",
        404,
        "There is no verification with this id for this session.");
  }
}
