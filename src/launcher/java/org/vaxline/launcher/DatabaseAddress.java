package org.vaxline.launcher;

/** Where a Vaxline node finds its database, as the VAXLINE_DB_* environment variables say it. */
public record DatabaseAddress(String url, String user, String password) {

  public DatabaseAddress {
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("Vaxline runs on PostgreSQL: " + url);
    }
    password = password == null ? "" : password;
  }
}
