package org.vaxline.sms.entity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A message's words and, kept apart from them, the one-time code they carry (null for a text
 * without one, or once the code is erased). The template holds {@link #CODE} where the code goes,
 * so the text can be shown and kept with the code masked once the live code is gone.
 */
public record SmsText(String template, String code) {

  public static final String CODE = "{code}";
  static final String MASK = "******";

  public SmsText {
    Objects.requireNonNull(template, "template");
    var placeholders = template.split(Pattern.quote(CODE), -1).length - 1;
    if (placeholders > 1) {
      throw new IllegalArgumentException("a text carries at most one code");
    }
    if (code != null && (placeholders == 0 || !code.matches("\\d{4,10}"))) {
      throw new IllegalArgumentException("a code is 4 to 10 digits where the template says");
    }
  }

  public static SmsText plain(String body) {
    return new SmsText(body, null);
  }

  public boolean carriesCode() {
    return template.contains(CODE);
  }

  /** The words the phone receives; refused once the code they need has been erased. */
  public String toSend() {
    if (carriesCode() && code == null) {
      throw new IllegalStateException("the code of this text has been erased");
    }
    return carriesCode() ? template.replace(CODE, code) : template;
  }

  /** As anyone but the phone may see it: never a live code. */
  public String masked() {
    return template.replace(CODE, MASK);
  }

  /** Masked here too: a record would print its code. */
  @Override
  public String toString() {
    return masked();
  }
}
