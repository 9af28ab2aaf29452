package org.vaxline.demo.entity;

/**
 * A five-year age band of the population pyramid.
 *
 * @param fromAge the youngest age in the band
 * @param toAge the oldest age in the band, inclusive
 * @param population people in the band, in thousands
 * @param womenShare the share of women in the band, 0 to 1
 */
public record AgeBand(int fromAge, int toAge, int population, double womenShare) {

  public AgeBand {
    if (fromAge < 0 || toAge < fromAge || population <= 0 || womenShare <= 0 || womenShare >= 1) {
      throw new IllegalArgumentException("not an age band: " + fromAge + "-" + toAge);
    }
  }

  public boolean includes(int age) {
    return age >= fromAge && age <= toAge;
  }
}
