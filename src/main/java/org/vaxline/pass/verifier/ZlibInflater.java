package org.vaxline.pass.verifier;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * zlib (RFC 1950) decompression that stops at a limit: a few kilobytes of deflate can expand to
 * gigabytes (a zip bomb), so the output, not the input, is what must be bounded.
 */
record ZlibInflater(int maxBytes) {

  ZlibInflater {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  byte[] inflate(byte[] compressed) throws Rejection {
    var inflater = new Inflater();
    try {
      inflater.setInput(compressed);
      var out = new ByteArrayOutputStream(Math.min(maxBytes, 4 * compressed.length + 64));
      var buffer = new byte[4096];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new Rejection(HcertReason.DECOMPRESSION, "zlib stream truncated");
        }
        if (out.size() + n > maxBytes) {
          throw new Rejection(HcertReason.TOO_LARGE, "inflates past " + maxBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new Rejection(HcertReason.DECOMPRESSION, "not zlib: " + e.getMessage());
    } finally {
      inflater.end();
    }
  }
}
