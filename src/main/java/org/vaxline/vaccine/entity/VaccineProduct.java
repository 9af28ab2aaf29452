package org.vaxline.vaccine.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A vaccine product and its schedule. The EU codes are those of the EU Digital COVID Certificate
 * value sets, so a pass names the product the way verifiers everywhere understand.
 */
@Entity
@Table(name = "vaccine_product")
public class VaccineProduct {

  @Id String code;
  String name;
  String manufacturer;

  @Column(name = "eu_prophylaxis")
  String euProphylaxis;

  @Column(name = "eu_product")
  String euProduct;

  @Column(name = "eu_manufacturer")
  String euManufacturer;

  @Column(name = "primary_doses")
  short primaryDoses;

  @Column(name = "dose_interval_days")
  Short doseIntervalDays;

  @Column(name = "dose_interval_max_days")
  Short doseIntervalMaxDays;

  @Column(name = "booster_interval_days")
  short boosterIntervalDays;

  @Column(name = "min_age")
  short minAge;

  public DoseSchedule schedule() {
    return new DoseSchedule(
        code,
        primaryDoses,
        doseIntervalDays == null ? 0 : doseIntervalDays,
        doseIntervalMaxDays == null ? 0 : doseIntervalMaxDays,
        boosterIntervalDays,
        minAge);
  }

  public EuCodes euCodes() {
    return new EuCodes(euProphylaxis, euProduct, euManufacturer);
  }

  public VaccineView view() {
    return new VaccineView(
        code,
        name,
        manufacturer,
        primaryDoses,
        doseIntervalDays,
        doseIntervalMaxDays,
        boosterIntervalDays);
  }

  /** A product as the API shows it; intervals in days, absent for a single-dose series. */
  public record VaccineView(
      String code,
      String name,
      String manufacturer,
      int primaryDoses,
      Short doseIntervalDays,
      Short doseIntervalMaxDays,
      int boosterIntervalDays) {}
}
