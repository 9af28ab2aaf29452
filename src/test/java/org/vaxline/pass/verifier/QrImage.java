package org.vaxline.pass.verifier;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Reads the text of the QR code in a base64 PNG, as a venue's camera would (ZXing). Some test
 * images are cropped to the code with no quiet zone, which ZXing's detector cannot find: for those,
 * its pure-barcode mode reads the whole image as the code.
 */
record QrImage(String base64Png) {

  Optional<String> text() {
    try {
      var png = base64Png.replaceFirst("^data:image/[a-z]+;base64,", "");
      var image = ImageIO.read(new ByteArrayInputStream(Base64.getMimeDecoder().decode(png)));
      if (image == null) {
        return Optional.empty();
      }
      return read(image, false).or(() -> read(image, true));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> read(BufferedImage image, boolean pure) {
    var hints = new EnumMap<DecodeHintType, Object>(DecodeHintType.class);
    hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
    hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    if (pure) {
      hints.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
    }
    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    try {
      return Optional.of(new MultiFormatReader().decode(bitmap, hints).getText());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
