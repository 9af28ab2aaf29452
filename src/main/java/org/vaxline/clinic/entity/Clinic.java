package org.vaxline.clinic.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A place that vaccinates: a vaccination center, a hospital or a contracted clinic. */
@Entity
public class Clinic {

  /** 예방접종센터 (a center run by the local government), hospital, or 위탁의료기관 (clinic). */
  public enum Kind {
    CENTER,
    HOSPITAL,
    CLINIC
  }

  @Id Long id;
  String code;
  String name;

  @Enumerated(EnumType.STRING)
  Kind kind;

  @Column(name = "province_code")
  String provinceCode;

  String district;
  String address;
  BigDecimal latitude;
  BigDecimal longitude;
  String phone;

  public ClinicPlace place() {
    return new ClinicPlace(id, code, name, provinceCode, district);
  }

  public ClinicView view() {
    return new ClinicView(
        code, name, kind, provinceCode, district, address, latitude, longitude, phone);
  }

  /** A clinic as the API shows it. */
  public record ClinicView(
      String code,
      String name,
      Kind kind,
      String provinceCode,
      String district,
      String address,
      BigDecimal latitude,
      BigDecimal longitude,
      String phone) {}
}
