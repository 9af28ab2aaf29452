package org.vaxline.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;

/**
 * A person who may be vaccinated. Found by the keyed hash of their resident registration number;
 * the number, the name and the phone are only kept sealed (see {@code IdentityKeys}), the name and
 * phone with blind indexes for the staff search (db/V13). What stays clear is what rules and
 * statistics query: birth date, sex, province.
 */
@Entity
public class Resident {

  @Id Long id;

  @Column(name = "rrn_hash")
  byte[] rrnHash;

  @Column(name = "rrn_sealed")
  byte[] rrnSealed;

  @Column(name = "name_sealed")
  byte[] nameSealed;

  @Column(name = "phone_sealed")
  byte[] phoneSealed;

  @Column(name = "name_index")
  byte[] nameIndex;

  @Column(name = "phone_index")
  byte[] phoneIndex;

  @Column(name = "birth_date")
  LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  Sex sex;

  @Column(name = "province_code")
  String provinceCode;

  public long id() {
    return id;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public byte[] numberHash() {
    return rrnHash.clone();
  }

  public byte[] sealedNumber() {
    return rrnSealed.clone();
  }

  /** Null while the start-up backfill has not yet sealed a row that release N wrote in clear. */
  public byte[] sealedName() {
    return nameSealed == null ? null : nameSealed.clone();
  }

  /** Null while the start-up backfill has not yet sealed a row that release N wrote in clear. */
  public byte[] sealedPhone() {
    return phoneSealed == null ? null : phoneSealed.clone();
  }

  public PersonView view(ResidentRegistrationNumber number, PersonName name) {
    return new PersonView(String.valueOf(id), name.masked(), number.masked(), birthDate);
  }

  /**
   * A person as shown to whoever verified as them or for them, or to staff who searched for them:
   * masked, with {@code ref} naming them in later requests ({@code ?person=}).
   */
  public record PersonView(
      String ref, String name, String registrationNumber, LocalDate birthDate) {}
}
