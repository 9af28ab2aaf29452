package org.vaxline.pass.control;

import org.vaxline.platform.control.DomainException;

/** Outside demo mode no pass keystore is configured: nothing can be issued or verified here. */
public class PassKeysUnavailable extends DomainException {

  PassKeysUnavailable() {
    super(
        "pass-keys-unavailable",
        "Pass keys unavailable",
        503,
        "This node has no pass keystore configured (vaxline.pass.keystore).");
  }
}
