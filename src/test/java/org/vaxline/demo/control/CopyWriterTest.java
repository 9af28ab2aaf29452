package org.vaxline.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vaxline.identity.entity.Sex;

class CopyWriterTest {

  @Test
  void fieldsAreSeparatedByTabsAndALineEndsWithNewline() {
    assertEquals("11\t서울특별시\tSeoul\n", line("11", "서울특별시", "Seoul"));
  }

  @Test
  void nullIsWrittenAsBackslashN() {
    assertEquals("JANSSEN\t\\N\t60\n", line("JANSSEN", null, 60));
  }

  @Test
  void byteaIsHexWithAnEscapedBackslash() {
    assertEquals("\\\\x00ff10\n", line((Object) new byte[] {0, -1, 16}));
  }

  @Test
  void backslashesTabsAndLineBreaksInTextAreEscaped() {
    assertEquals("a\\\\b\\tc\\nd\\re\n", line("a\\b\tc\nd\re"));
  }

  @Test
  void datesEnumsAndCoordinatesAreWrittenPlainly() {
    assertEquals(
        "1964-07-19\tM\t37.564123\t126.9\n",
        line(LocalDate.of(1964, 7, 19), Sex.M, 37.564123, 126.9));
  }

  private static String line(Object... fields) {
    var out = new StringBuilder();
    CopyWriter.appendLine(out, fields);
    return out.toString();
  }
}
