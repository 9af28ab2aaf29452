package org.vaxline.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.vaxline.platform.control.KoreaTime;
import org.vaxline.vaccine.entity.EuCodes;

/**
 * A dose given, as the registry holds it (db/V9 {@code dose_given}); never changed once written.
 */
@Entity
@Table(name = "dose_given")
public class DoseRecord extends RegistryRecord {

  @Column(name = "product_code")
  String product;

  @Column(name = "lot_number")
  String lot;

  @Column(name = "dose_number")
  int dose;

  @Column(name = "given_at")
  Instant givenAt;

  protected DoseRecord() {}

  public DoseRecord(
      long person,
      String product,
      String lot,
      int dose,
      Instant givenAt,
      long clinic,
      Instant recordedAt,
      String recordedBy) {
    super(person, clinic, recordedAt, recordedBy);
    this.product = product;
    this.lot = lot;
    this.dose = dose;
    this.givenAt = givenAt;
  }

  /**
   * The doses of the series this dose is counted in, as HCERT writes it ({@code sd}): a dose of the
   * primary series counts in that series, whatever product completed it (Korea mixed AstraZeneca
   * and Pfizer, 교차접종); a booster after a two-dose series is written n/n (3/3, as the eHealth
   * Network asked from November 2021), and after Janssen n/1, since 2/2 would read as a completed
   * two-dose series rather than a booster.
   *
   * @param primaryDoses the doses of the primary series of the person's first dose's product
   */
  public static int seriesDoses(int dose, int primaryDoses) {
    if (dose <= primaryDoses) {
      return primaryDoses;
    }
    return primaryDoses == 1 ? 1 : dose;
  }

  /** The dose as a pass states it. */
  public Dose stated(EuCodes codes, int primaryDoses) {
    return new Dose(codes, dose, seriesDoses(dose, primaryDoses), KoreaTime.date(givenAt));
  }

  public String product() {
    return product;
  }

  public Instant givenAt() {
    return givenAt;
  }
}
