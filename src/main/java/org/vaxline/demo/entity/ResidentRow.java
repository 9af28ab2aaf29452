package org.vaxline.demo.entity;

import java.time.LocalDate;
import org.vaxline.identity.entity.ResidentRegistrationNumber;
import org.vaxline.identity.entity.Sex;

/** A generated resident, before its registration number, name and phone are hashed and sealed. */
public record ResidentRow(
    ResidentRegistrationNumber number,
    String name,
    LocalDate birthDate,
    Sex sex,
    String phone,
    String provinceCode) {

  public ResidentRow {
    if (!number.birthDate().equals(birthDate) || number.sex() != sex) {
      throw new IllegalArgumentException("the registration number disagrees with the person");
    }
  }
}
