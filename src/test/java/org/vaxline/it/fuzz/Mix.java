package org.vaxline.it.fuzz;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * How a request's values are drawn: all valid (to reach the rules behind validation), valid with
 * boundaries among them, or valid and boundary with hostile values among them.
 *
 * @param valid weight of a valid value
 * @param boundary weight of a boundary value (lengths, extremes, dates at the range's edges)
 * @param hostile weight of a hostile value (wrong types, control characters, injections)
 */
record Mix(String name, int valid, int boundary, int hostile) {

  static final Mix VALID = new Mix("valid", 1, 0, 0);
  static final Mix BOUNDARY = new Mix("boundary", 3, 1, 0);
  static final Mix HOSTILE = new Mix("hostile", 4, 1, 1);

  boolean isHostile() {
    return hostile > 0;
  }

  /** One of the three, by this mix's weights. */
  <T> Arbitrary<T> pick(Arbitrary<T> valid, Arbitrary<T> boundary, Arbitrary<T> hostile) {
    var choices = new ArrayList<Tuple.Tuple2<Integer, Arbitrary<T>>>();
    add(choices, this.valid, valid);
    add(choices, this.boundary, boundary);
    add(choices, this.hostile, hostile);
    return choices.size() == 1 ? choices.get(0).get2() : Arbitraries.frequencyOf(choices);
  }

  private static <T> void add(
      List<Tuple.Tuple2<Integer, Arbitrary<T>>> choices, int weight, Arbitrary<T> arbitrary) {
    if (weight > 0) {
      choices.add(Tuple.of(weight, arbitrary));
    }
  }
}
