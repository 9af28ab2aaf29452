package org.vaxline.identity.control;

import java.time.Duration;
import org.vaxline.platform.control.DomainException;

/** Too many codes asked for one person or from one address; Retry-After says when to ask again. */
public class SendLimited extends DomainException {

  SendLimited(Duration wait) {
    super(
        "code-rate-limited",
        "Too many codes",
        429,
        "Too many codes were requested; try again later.",
        wait);
  }
}
