package org.vaxline.sms.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SmppSegmentsTest {

  @Test
  void seventyKoreanCharactersFitOneShortMessageWithoutHeader() {
    var text = "가".repeat(70);
    var segments = SmppSegments.of(text, 9);
    assertEquals(1, segments.size());
    assertEquals(0, segments.get(0).esmClass());
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_16BE), segments.get(0).shortMessage());
  }

  @Test
  void seventyOneAreTwoPartsOfSixtySevenAndFourWithTheConcatenationHeader() {
    var text = "가".repeat(71);
    var segments = SmppSegments.of(text, 300);
    assertEquals(2, segments.size());
    assertEquals(2, SmppSegments.count(text));
    for (int part = 0; part < 2; part++) {
      var message = segments.get(part).shortMessage();
      assertEquals(SmppSegments.ESM_UDHI, segments.get(part).esmClass());
      assertArrayEquals(
          new byte[] {0x05, 0x00, 0x03, (byte) 300, 2, (byte) (part + 1)},
          Arrays.copyOf(message, 6));
    }
    assertEquals(6 + 67 * 2, segments.get(0).shortMessage().length);
    assertEquals(6 + 4 * 2, segments.get(1).shortMessage().length);
  }

  @Test
  void aPartNeverEndsInTheMiddleOfASurrogatePair() {
    var text = "가".repeat(66) + "😀" + "나".repeat(10);
    var segments = SmppSegments.of(text, 1);
    var first = segments.get(0).shortMessage();
    var body = new String(first, 6, first.length - 6, StandardCharsets.UTF_16BE);
    assertEquals("가".repeat(66), body);
  }

  @Test
  void moreThan255PartsCannotBeConcatenated() {
    assertThrows(IllegalArgumentException.class, () -> SmppSegments.of("가".repeat(67 * 256), 1));
  }
}
