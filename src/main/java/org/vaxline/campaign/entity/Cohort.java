package org.vaxline.campaign.entity;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a campaign is for, in one of the two forms KDCA announced cohorts in: by birth-date range
 * ("born 1967-01-01 to 1968-12-31") or by full age (만 나이) on a reference date ("aged 55 to 59 on
 * 2021-07-12"). All bounds are inclusive; one bound of a pair may be open, not both.
 */
public record Cohort(
    LocalDate bornFrom, LocalDate bornUntil, Integer minAge, Integer maxAge, LocalDate ageOn) {

  public Cohort {
    boolean dates = bornFrom != null || bornUntil != null;
    boolean ages = minAge != null || maxAge != null || ageOn != null;
    if (dates == ages) {
      throw new IllegalArgumentException(
          "a cohort is either a birth-date range or an age range on a date, exactly one of them");
    }
    if (dates) {
      if (bornFrom != null && bornUntil != null && bornFrom.isAfter(bornUntil)) {
        throw new IllegalArgumentException(
            "bornFrom " + bornFrom + " is after bornUntil " + bornUntil);
      }
    } else {
      if (minAge == null && maxAge == null) {
        throw new IllegalArgumentException("an age cohort needs minAge or maxAge");
      }
      if (ageOn == null) {
        throw new IllegalArgumentException("an age cohort needs the date the age is counted on");
      }
      if ((minAge != null && minAge < 0) || (maxAge != null && maxAge < 0)) {
        throw new IllegalArgumentException("ages are not negative");
      }
      if (minAge != null && maxAge != null && minAge > maxAge) {
        throw new IllegalArgumentException("minAge " + minAge + " is above maxAge " + maxAge);
      }
    }
  }

  public static Cohort bornBetween(LocalDate from, LocalDate until) {
    return new Cohort(from, until, null, null, null);
  }

  public static Cohort agedBetween(Integer minAge, Integer maxAge, LocalDate ageOn) {
    return new Cohort(null, null, minAge, maxAge, ageOn);
  }

  public boolean byAge() {
    return ageOn != null;
  }

  /** Empty when admitted, else TOO_YOUNG or TOO_OLD. */
  public Optional<Reason> refuses(LocalDate birthDate) {
    Objects.requireNonNull(birthDate, "birthDate");
    return byAge() ? refusesByAge(birthDate) : refusesByBirthDate(birthDate);
  }

  /**
   * Full age (만 나이) on a date. The Civil Act counts the day of birth (art. 158), so a person born
   * 1966-07-19 completes 55 years at the end of 2021-07-18 and is 55 on 2021-07-19. A year whose
   * last month has no matching day ends on that month's last day (art. 160(3)), so someone born on
   * 29 February is a year older on 1 March of a common year. {@link Period#between} counts both
   * ways; the tests pin them down.
   */
  public static int fullAge(LocalDate birthDate, LocalDate on) {
    if (birthDate.isAfter(on)) {
      throw new IllegalArgumentException("born " + birthDate + ", not yet born on " + on);
    }
    return Period.between(birthDate, on).getYears();
  }

  private Optional<Reason> refusesByBirthDate(LocalDate birthDate) {
    if (bornFrom != null && birthDate.isBefore(bornFrom)) {
      return Optional.of(Reason.TOO_OLD);
    }
    if (bornUntil != null && birthDate.isAfter(bornUntil)) {
      return Optional.of(Reason.TOO_YOUNG);
    }
    return Optional.empty();
  }

  private Optional<Reason> refusesByAge(LocalDate birthDate) {
    if (birthDate.isAfter(ageOn)) {
      return Optional.of(Reason.TOO_YOUNG); // not born on the reference date: no age at all
    }
    int age = fullAge(birthDate, ageOn);
    if (minAge != null && age < minAge) {
      return Optional.of(Reason.TOO_YOUNG);
    }
    if (maxAge != null && age > maxAge) {
      return Optional.of(Reason.TOO_OLD);
    }
    return Optional.empty();
  }

  Wording wording() {
    return byAge() ? ageWording() : birthDateWording();
  }

  private Wording birthDateWording() {
    if (bornFrom == null) {
      return new Wording(bornUntil + " 이전 출생자", "Born on or before " + bornUntil);
    }
    if (bornUntil == null) {
      return new Wording(bornFrom + " 이후 출생자", "Born on or after " + bornFrom);
    }
    return new Wording(
        bornFrom + "~" + bornUntil + " 출생자", "Born " + bornFrom + " to " + bornUntil);
  }

  private Wording ageWording() {
    var ko = "(" + ageOn + " 기준)";
    var en = " on " + ageOn;
    if (minAge == null) {
      return new Wording("만 " + maxAge + "세 이하" + ko, "Aged " + maxAge + " or under" + en);
    }
    if (maxAge == null) {
      return new Wording("만 " + minAge + "세 이상" + ko, "Aged " + minAge + " or over" + en);
    }
    return new Wording(
        "만 " + minAge + "~" + maxAge + "세" + ko, "Aged " + minAge + " to " + maxAge + en);
  }
}
