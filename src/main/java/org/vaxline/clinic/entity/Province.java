package org.vaxline.clinic.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One of the 17 first-level divisions (시·도), keyed by its administrative code. */
@Entity
public class Province {

  @Id String code;

  @Column(name = "name_ko")
  String nameKo;

  @Column(name = "name_en")
  String nameEn;

  public ProvinceView view() {
    return new ProvinceView(code, nameKo, nameEn);
  }

  /** A province as the API shows it. */
  public record ProvinceView(String code, String nameKo, String nameEn) {}
}
