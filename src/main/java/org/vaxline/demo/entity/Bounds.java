package org.vaxline.demo.entity;

/** A latitude/longitude box in degrees (WGS 84). */
public record Bounds(double south, double north, double west, double east) {

  public Bounds {
    if (south >= north || west >= east) {
      throw new IllegalArgumentException("a box runs south to north and west to east");
    }
  }

  public boolean contains(double latitude, double longitude) {
    return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
  }
}
