package org.vaxline.pass.verifier;

import com.upokecenter.cbor.CBORException;
import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import java.util.stream.Stream;

/**
 * Decodes untrusted CBOR (RFC 8949) and bounds how deep it nests: a DCC is four levels deep, so a
 * pass nested deeper than {@code maxDepth} is refused before any code walks it.
 */
record CborReader(int maxDepth) {

  /** Deep enough for a DCC and its COSE envelope, with room to spare. */
  static final CborReader DCC = new CborReader(16);

  CBORObject decode(byte[] bytes) throws Rejection {
    CBORObject value;
    try {
      value = CBORObject.DecodeFromBytes(bytes);
    } catch (CBORException | IllegalArgumentException e) {
      throw new Rejection(HcertReason.CBOR, "malformed CBOR: " + e.getMessage());
    }
    if (depth(value, 0) > maxDepth) {
      throw new Rejection(HcertReason.CBOR, "nested deeper than " + maxDepth);
    }
    return value;
  }

  private int depth(CBORObject value, int level) {
    var type = value.getType();
    if (level > maxDepth || (type != CBORType.Array && type != CBORType.Map)) {
      return level;
    }
    var children =
        type == CBORType.Array
            ? value.getValues().stream()
            : value.getEntries().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue()));
    return children.mapToInt(child -> depth(child, level + 1)).max().orElse(level + 1);
  }
}
