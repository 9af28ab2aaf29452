package org.vaxline.pass.verifier;

/**
 * What the venue hears when a pass is scanned. From 2022-01-03 Korea's QR check-in (KI-PASS and the
 * apps linked to it) played a jingle and the voice "접종완료자입니다" for a valid certificate and only a
 * "딩동" for anything else (중앙방역대책본부 press release 2021-12-27, as quoted by 동아일보 and 뉴시스 that day);
 * until then the voice had said "접종 완료 후 14일이 경과되었습니다".
 */
public enum Cue {
  /** "(띠리링~) 접종완료자입니다". */
  VOICE_VALID("접종완료자입니다"),
  /** "딩동": staff then check for an exemption or refuse entry. */
  CHIME_INVALID("딩동");

  private final String heard;

  Cue(String heard) {
    this.heard = heard;
  }

  /** The words or sound, in Korean, as the press release gave them. */
  public String heard() {
    return heard;
  }

  static Cue of(boolean valid) {
    return valid ? VOICE_VALID : CHIME_INVALID;
  }
}
