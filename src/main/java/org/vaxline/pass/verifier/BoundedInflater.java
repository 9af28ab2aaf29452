package org.vaxline.pass.verifier;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * DEFLATE decompression that stops at a limit: a few kilobytes of deflate can expand to gigabytes
 * (a zip bomb), so the output, not the input, is what must be bounded. HCERT wraps its deflate in
 * zlib (RFC 1950); SMART Health Cards use raw DEFLATE (RFC 1951).
 */
record BoundedInflater(int maxBytes, boolean rawDeflate) {

  BoundedInflater {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  static BoundedInflater zlib(int maxBytes) {
    return new BoundedInflater(maxBytes, false);
  }

  static BoundedInflater raw(int maxBytes) {
    return new BoundedInflater(maxBytes, true);
  }

  /** Refuses with {@code DECOMPRESSION} or {@code TOO_LARGE}, names both reason enums share. */
  byte[] inflate(byte[] compressed) throws Rejection {
    var inflater = new Inflater(rawDeflate);
    try {
      inflater.setInput(compressed);
      var out = new ByteArrayOutputStream(Math.min(maxBytes, 4 * compressed.length + 64));
      var buffer = new byte[4096];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new Rejection(HcertReason.DECOMPRESSION, "deflate stream truncated");
        }
        if (out.size() + n > maxBytes) {
          throw new Rejection(HcertReason.TOO_LARGE, "inflates past " + maxBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new Rejection(HcertReason.DECOMPRESSION, "not deflate: " + e.getMessage());
    } finally {
      inflater.end();
    }
  }
}
