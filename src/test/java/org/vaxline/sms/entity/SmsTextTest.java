package org.vaxline.sms.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SmsTextTest {

  private static final String TEMPLATE = "[Vaxline] 인증번호 [" + SmsText.CODE + "]를 입력하세요.";

  @Test
  void thePhoneGetsTheCodeInItsPlace() {
    assertEquals("[Vaxline] 인증번호 [123456]를 입력하세요.", new SmsText(TEMPLATE, "123456").toSend());
  }

  @Test
  void everyoneElseSeesTheCodeMasked() {
    var text = new SmsText(TEMPLATE, "123456");
    assertEquals("[Vaxline] 인증번호 [******]를 입력하세요.", text.masked());
    assertFalse(text.toString().contains("123456"));
  }

  @Test
  void aTextWhoseCodeIsErasedCannotBeSentAgain() {
    assertThrows(IllegalStateException.class, () -> new SmsText(TEMPLATE, null).toSend());
  }

  @Test
  void aPlainTextIsSentAsItIs() {
    assertEquals("접종 예약이 확정되었습니다.", SmsText.plain("접종 예약이 확정되었습니다.").toSend());
  }

  @Test
  void aCodeNeedsItsPlaceAndOnlyOne() {
    assertThrows(IllegalArgumentException.class, () -> new SmsText("no place", "123456"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SmsText(SmsText.CODE + " " + SmsText.CODE, "123456"));
    assertThrows(IllegalArgumentException.class, () -> new SmsText(TEMPLATE, "12ab56"));
  }
}
