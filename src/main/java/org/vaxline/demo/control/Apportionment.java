package org.vaxline.demo.control;

import java.util.Arrays;

/**
 * Shares a whole number of seats among parties in proportion to their weights, with a floor for
 * every party: the Sainte-Laguë (Webster) method, which unlike d'Hondt favours neither large nor
 * small parties, so Seoul and Gyeonggi get their share and Sejong its minimum.
 */
final class Apportionment {

  private Apportionment() {}

  static int[] seats(int total, int minimum, int[] weights) {
    if (total < minimum * weights.length) {
      throw new IllegalArgumentException("too few seats for the minimum");
    }
    var seats = new int[weights.length];
    Arrays.fill(seats, minimum);
    for (int given = minimum * weights.length; given < total; given++) {
      int next = 0;
      for (int i = 1; i < weights.length; i++) {
        if (quotient(weights[i], seats[i]) > quotient(weights[next], seats[next])) {
          next = i;
        }
      }
      seats[next]++;
    }
    return seats;
  }

  private static double quotient(int weight, int seats) {
    return weight / (2.0 * seats + 1);
  }
}
