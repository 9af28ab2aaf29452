package org.vaxline.identity.entity;

/**
 * The resident columns kept sealed beside the registration number (db/V13). The purpose is the
 * sealed value's associated data, so a sealed name opened as a phone fails; {@link #indexed} is
 * what the column's blind index covers, as staff will type it.
 */
public enum ContactColumn {
  NAME("resident.name") {
    @Override
    public String indexed(String name) {
      return new PersonName(name).masked();
    }
  },
  PHONE("resident.phone") {
    @Override
    public String indexed(String phone) {
      var digits = phone.replaceAll("\\D", "");
      if (digits.length() < 4) {
        throw new IllegalArgumentException("a phone number has at least four digits");
      }
      return digits.substring(digits.length() - 4);
    }
  };

  private final String purpose;

  ContactColumn(String purpose) {
    this.purpose = purpose;
  }

  public String purpose() {
    return purpose;
  }

  /** The coarse form of a clear value that the blind index is computed over. */
  public abstract String indexed(String clear);
}
