package org.vaxline.demo.entity;

import java.util.List;

/**
 * One of the 17 first-level divisions (시·도).
 *
 * @param code the two-digit administrative code (행정표준코드)
 * @param shortName the short form used in names, e.g. {@code 서울}, {@code 경북}
 * @param population residents in thousands, end of 2021
 * @param areaCode the telephone area code of the province
 * @param placePrefixes the first two digits of the registration-place part of resident numbers
 *     issued there before October 2020
 */
public record Province(
    String code,
    String nameKo,
    String shortName,
    String nameEn,
    int population,
    String areaCode,
    List<Integer> placePrefixes,
    Bounds bounds,
    List<District> districts) {

  public Province {
    if (!code.matches("\\d{2}") || population <= 0 || districts.isEmpty()) {
      throw new IllegalArgumentException("a province has a code, people and districts: " + code);
    }
    placePrefixes = List.copyOf(placePrefixes);
    districts = List.copyOf(districts);
  }
}
