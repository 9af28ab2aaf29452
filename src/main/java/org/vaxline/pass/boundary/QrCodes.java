package org.vaxline.pass.boundary;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The pass as a QR code (ZXing), as HCERT 1.0.5 §4.2 draws it: error correction Q, a quiet zone of
 * four modules; ZXing picks the alphanumeric mode that Base45 was designed for. PNG at 4 pixels a
 * module for screens and printers, SVG one unit a module for any size.
 */
final class QrCodes {

  private static final int PIXELS_PER_MODULE = 4;
  private static final int QUIET_ZONE = 4;

  private QrCodes() {}

  static byte[] png(String text) {
    var matrix = matrix(text);
    var size = matrix.getWidth() * PIXELS_PER_MODULE;
    var image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    for (var y = 0; y < size; y++) {
      for (var x = 0; x < size; x++) {
        var dark = matrix.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE);
        image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
      }
    }
    var png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  /** One path of unit squares, one per dark module: small, and sharp at any size. */
  static String svg(String text) {
    var matrix = matrix(text);
    var size = matrix.getWidth();
    var path = new StringBuilder();
    for (var y = 0; y < size; y++) {
      for (var x = 0; x < size; x++) {
        if (matrix.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" shape-rendering=\"crispEdges\"><rect width=\"%d\" height=\"%d\" fill=\"#fff\"/><path d=\"%s\" fill=\"#000\"/></svg>"
        .formatted(size, size, size, size, path);
  }

  private static BitMatrix matrix(String text) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.Q,
                  EncodeHintType.MARGIN,
                  QUIET_ZONE));
    } catch (WriterException e) {
      throw new IllegalArgumentException("a pass too large for a QR code", e);
    }
  }
}
