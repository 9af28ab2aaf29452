package org.vaxline.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentRegistrationNumberTest {

  @Test
  void readsTheWrittenFormWithOrWithoutDash() {
    var dashed = ResidentRegistrationNumber.parse("660719-1234567");
    var plain = ResidentRegistrationNumber.parse(" 6607191234567 ");
    assertEquals(dashed, plain);
    assertEquals("6607191234567", plain.digits());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "660719-123456", "66071912345678", "66O719-1234567", "660719_1234567"})
  void refusesWhatIsNotThirteenDigits(String text) {
    assertThrows(IllegalArgumentException.class, () -> ResidentRegistrationNumber.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"6602301234567", "6613011234567", "6607320234567"})
  void refusesABirthDateThatDoesNotExist(String digits) {
    assertThrows(IllegalArgumentException.class, () -> new ResidentRegistrationNumber(digits));
  }

  @Test
  void theSeventhDigitGivesCenturyAndSex() {
    assertEquals(LocalDate.of(1966, 7, 19), number("6607191").birthDate());
    assertEquals(Sex.M, number("6607191").sex());
    assertEquals(Sex.F, number("6607192").sex());
    assertEquals(LocalDate.of(2003, 1, 1), number("0301013").birthDate());
    assertEquals(Sex.F, number("0301014").sex());
    assertEquals(LocalDate.of(1899, 12, 31), number("9912319").birthDate());
    assertEquals(Sex.F, number("9912310").sex());
    assertEquals(LocalDate.of(1980, 2, 29), number("8002295").birthDate(), "foreign residents");
  }

  @Test
  void aNumberIssuedBefore2020HasAValidCheckDigit() {
    var issued = ResidentRegistrationNumber.issue(LocalDate.of(1964, 7, 19), Sex.M, 1019, 5);
    assertEquals("640719110195", issued.digits().substring(0, 12));
    assertTrue(issued.hasValidCheckDigit());
  }

  @Test
  void aWrongCheckDigitIsReportedNotRefusedBecauseNewNumbersHaveNone() {
    var issued = ResidentRegistrationNumber.issue(LocalDate.of(1990, 1, 1), Sex.F, 1234, 1);
    var last = issued.digits().charAt(12) - '0';
    var altered = issued.digits().substring(0, 12) + (last + 1) % 10;
    assertFalse(new ResidentRegistrationNumber(altered).hasValidCheckDigit());
  }

  @Test
  void itsTextShowsOnlyTheMaskedForm() {
    var number = ResidentRegistrationNumber.parse("660719-1234567");
    assertEquals("660719-1******", number.masked());
    assertEquals("660719-1******", number.toString());
    assertFalse(String.valueOf(number).contains("234567"));
  }

  @Test
  void issuingRefusesBirthYearsOutsideTheRegister() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ResidentRegistrationNumber.issue(LocalDate.of(2100, 1, 1), Sex.M, 1, 1));
  }

  private static ResidentRegistrationNumber number(String first7) {
    return new ResidentRegistrationNumber(first7 + "234567");
  }
}
