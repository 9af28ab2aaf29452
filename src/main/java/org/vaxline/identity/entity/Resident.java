package org.vaxline.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
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
}
