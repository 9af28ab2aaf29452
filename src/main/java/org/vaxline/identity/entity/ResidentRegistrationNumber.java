package org.vaxline.identity.entity;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A resident registration number (주민등록번호): six digits of birth date, one digit for century and sex,
 * six more. It validates its form on construction, so an invalid number cannot exist. Its text is
 * personal data: {@link #toString()} shows only the masked form.
 *
 * <p>The thirteenth digit was a check digit until numbers issued from October 2020 made the last
 * six digits random (Resident Registration Act Enforcement Decree, amended 2020-10), so a wrong
 * check digit is reported by {@link #hasValidCheckDigit()} rather than refused.
 */
public record ResidentRegistrationNumber(String digits) {

  private static final int[] CHECK_WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

  public ResidentRegistrationNumber {
    if (digits == null || !digits.matches("\\d{13}")) {
      throw new IllegalArgumentException("a resident registration number has 13 digits");
    }
    birthDate(digits);
  }

  /** Accepts the usual written forms: {@code 6607191234567} and {@code 660719-1234567}. */
  public static ResidentRegistrationNumber parse(String text) {
    if (text == null || !text.strip().matches("\\d{6}-?\\d{7}")) {
      throw new IllegalArgumentException("a resident registration number reads YYMMDD-NNNNNNN");
    }
    return new ResidentRegistrationNumber(text.strip().replace("-", ""));
  }

  /**
   * Issues a number as the registry did before October 2020: birth date, century and sex digit, a
   * four-digit place-of-registration code, a serial and the check digit.
   */
  public static ResidentRegistrationNumber issue(
      LocalDate birthDate, Sex sex, int registrationPlace, int serial) {
    if (registrationPlace < 0 || registrationPlace > 9999 || serial < 0 || serial > 9) {
      throw new IllegalArgumentException("place is four digits and serial one");
    }
    var first12 =
        "%02d%02d%02d%d%04d%d"
            .formatted(
                birthDate.getYear() % 100,
                birthDate.getMonthValue(),
                birthDate.getDayOfMonth(),
                centuryAndSexDigit(birthDate.getYear(), sex),
                registrationPlace,
                serial);
    return new ResidentRegistrationNumber(first12 + checkDigit(first12));
  }

  public LocalDate birthDate() {
    return birthDate(digits);
  }

  public Sex sex() {
    return (digits.charAt(6) - '0') % 2 == 1 ? Sex.M : Sex.F;
  }

  public boolean hasValidCheckDigit() {
    return checkDigit(digits.substring(0, 12)) == digits.charAt(12) - '0';
  }

  /** The form that may be shown and logged: {@code 660719-1******}. */
  public String masked() {
    return digits.substring(0, 6) + "-" + digits.charAt(6) + "******";
  }

  @Override
  public String toString() {
    return masked();
  }

  private static LocalDate birthDate(String digits) {
    int century =
        switch (digits.charAt(6)) {
          case '9', '0' -> 1800;
          case '1', '2', '5', '6' -> 1900;
          case '3', '4', '7', '8' -> 2000;
          default -> throw new IllegalStateException();
        };
    try {
      return LocalDate.of(
          century + Integer.parseInt(digits.substring(0, 2)),
          Integer.parseInt(digits.substring(2, 4)),
          Integer.parseInt(digits.substring(4, 6)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("the first six digits are not a birth date", e);
    }
  }

  private static int centuryAndSexDigit(int year, Sex sex) {
    int base =
        switch (year / 100) {
          case 18 -> 9;
          case 19 -> 1;
          case 20 -> 3;
          default -> throw new IllegalArgumentException("birth year out of range: " + year);
        };
    return sex == Sex.M ? base : (base + 1) % 10;
  }

  private static int checkDigit(String first12) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (first12.charAt(i) - '0') * CHECK_WEIGHTS[i];
    }
    return (11 - sum % 11) % 10;
  }
}
