package org.vaxline.waitingroom.control;

import java.time.Duration;
import org.vaxline.platform.control.DomainException;

/** Too many joins from one address this minute; Retry-After says when the next minute starts. */
public class JoinLimited extends DomainException {

  JoinLimited(Duration wait) {
    super(
        "join-rate-limited",
        "Too many joins from this address",
        429,
        "Too many people joined from this network address in the last minute; try again shortly.",
        wait);
  }
}
