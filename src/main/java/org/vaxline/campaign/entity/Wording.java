package org.vaxline.campaign.entity;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.vaxline.platform.control.KoreaTime;

/** A rule in plain words, once in Korean and once in English, for the public campaign list. */
public record Wording(String ko, String en) {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  public Wording {
    Objects.requireNonNull(ko, "ko");
    Objects.requireNonNull(en, "en");
  }

  /**
   * An instant as a reader in Korea says it. Seconds appear only when they are not zero: campaigns
   * open on the minute, and a public text must not round a later opening down to an earlier one.
   */
  static String kst(Instant at) {
    var local = at.atZone(KoreaTime.ZONE);
    return (local.getSecond() == 0 && local.getNano() == 0 ? MINUTES : SECONDS).format(local);
  }
}
