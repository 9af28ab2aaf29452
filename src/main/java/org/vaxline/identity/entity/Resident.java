package org.vaxline.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.text.Normalizer;
import java.time.LocalDate;

/**
 * A person who may be vaccinated. Found by the keyed hash of their resident registration number;
 * the number itself is only kept sealed (see {@code IdentityKeys}).
 */
@Entity
public class Resident {

  @Id Long id;

  @Column(name = "rrn_hash")
  byte[] rrnHash;

  @Column(name = "rrn_sealed")
  byte[] rrnSealed;

  String name;

  @Column(name = "birth_date")
  LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  Sex sex;

  String phone;

  @Column(name = "province_code")
  String provinceCode;

  public long id() {
    return id;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public String name() {
    return name;
  }

  public String phone() {
    return phone;
  }

  public byte[] numberHash() {
    return rrnHash.clone();
  }

  public byte[] sealedNumber() {
    return rrnSealed.clone();
  }

  /** Whether the name entered matches the register, ignoring spaces around it and Unicode form. */
  public boolean isNamed(String entered) {
    return entered != null && normalized(entered).equals(normalized(name));
  }

  public PersonView view(ResidentRegistrationNumber number) {
    return new PersonView(String.valueOf(id), maskedName(), number.masked(), birthDate);
  }

  /** 김영호 becomes 김*호, 김수 becomes 김*: enough for a person to recognise themselves. */
  String maskedName() {
    var points = name.codePoints().toArray();
    if (points.length <= 2) {
      return new String(points, 0, 1) + "*";
    }
    return new String(points, 0, 1)
        + "*".repeat(points.length - 2)
        + new String(points, points.length - 1, 1);
  }

  private static String normalized(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
  }

  /**
   * A person as shown to whoever verified as them or for them: masked, with {@code ref} naming them
   * in later requests ({@code ?person=}).
   */
  public record PersonView(
      String ref, String name, String registrationNumber, LocalDate birthDate) {}
}
