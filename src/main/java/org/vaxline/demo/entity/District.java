package org.vaxline.demo.entity;

/**
 * A district (시·군·구, or in Sejong an 읍·동) with the approximate coordinates of its centre.
 *
 * @param name the Korean name as written in an address, e.g. {@code 강남구}
 */
public record District(String name, double latitude, double longitude) {

  /**
   * Whether the district appears in a road address. A road address (도로명주소) names the 시·군·구 and the
   * 읍·면 but not the 동, so in Sejong, which has no 시·군·구, a 동 is left out.
   */
  public boolean inAddress() {
    return !name.endsWith("동");
  }

  /** The name without its 구/시/군 suffix when enough is left to read, for clinic names. */
  public String shortName() {
    return name.length() > 2 ? name.substring(0, name.length() - 1) : name;
  }
}
