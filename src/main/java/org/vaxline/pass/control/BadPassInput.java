package org.vaxline.pass.control;

import org.vaxline.platform.control.DomainException;

/** A pass request whose shape is wrong: not the JSON asked for, or a UVCI of the wrong form. */
public class BadPassInput extends DomainException {

  public BadPassInput(String detail) {
    super("bad-pass-input", "Bad pass input", 400, detail);
  }
}
