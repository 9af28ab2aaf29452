package org.vaxline.pass.control;

import org.vaxline.platform.control.DomainException;

/** A request body larger than any pass check needs: refused before it is parsed. */
public class PassInputTooLarge extends DomainException {

  public PassInputTooLarge(int limit) {
    super(
        "request-too-large",
        "Request too large",
        413,
        "A pass check is at most " + limit + " bytes; a QR code holds at most 4,296 characters.");
  }
}
