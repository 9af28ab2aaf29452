package org.vaxline.sms.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into SMPP short messages in UCS-2 (data_coding 0x08, which Korean needs): one of up to
 * 70 characters, or parts of 67 each carrying a concatenation header (3GPP TS 23.040 §9.2.3.24.1:
 * IEI 0x00, an 8-bit reference, the count and the part's number), flagged by esm_class UDHI.
 */
public final class SmppSegments {

  public static final byte DATA_CODING_UCS2 = 0x08;
  public static final byte ESM_UDHI = 0x40;
  static final int SINGLE = 70;
  static final int PART = 67;
  private static final int MAX_PARTS = 255;

  /** One short message: its esm_class and its bytes (header included). */
  public record Segment(byte esmClass, byte[] shortMessage) {}

  private SmppSegments() {}

  public static List<Segment> of(String text, int reference) {
    if (text.length() <= SINGLE) {
      return List.of(new Segment((byte) 0, text.getBytes(StandardCharsets.UTF_16BE)));
    }
    var parts = split(text);
    if (parts.size() > MAX_PARTS) {
      throw new IllegalArgumentException("a text of more than 255 parts cannot be concatenated");
    }
    var segments = new ArrayList<Segment>();
    for (int i = 0; i < parts.size(); i++) {
      var body = parts.get(i).getBytes(StandardCharsets.UTF_16BE);
      var message =
          ByteBuffer.allocate(6 + body.length)
              .put(new byte[] {0x05, 0x00, 0x03, (byte) reference})
              .put((byte) parts.size())
              .put((byte) (i + 1))
              .put(body)
              .array();
      segments.add(new Segment(ESM_UDHI, message));
    }
    return segments;
  }

  /** How many short messages {@link #of} makes of the text. */
  public static int count(String text) {
    return text.length() <= SINGLE ? 1 : split(text).size();
  }

  /** Parts of at most 67 UTF-16 units, never cutting a surrogate pair in two. */
  private static List<String> split(String text) {
    var parts = new ArrayList<String>();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + PART);
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      parts.add(text.substring(start, end));
      start = end;
    }
    return parts;
  }
}
