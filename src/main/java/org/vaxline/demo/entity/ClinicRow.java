package org.vaxline.demo.entity;

/** A generated vaccination site, ready to load into the clinic table. */
public record ClinicRow(
    String code,
    String name,
    ClinicKind kind,
    String provinceCode,
    String district,
    String address,
    double latitude,
    double longitude,
    String phone) {

  public ClinicRow {
    if (!code.matches("C\\d{6}")) {
      throw new IllegalArgumentException("a demo clinic code reads C and six digits: " + code);
    }
  }
}
