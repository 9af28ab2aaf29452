package org.vaxline.pass.verifier;

import java.util.Objects;
import java.util.Optional;

/** What {@link ShcVerifier#verify} found: a valid card, or why not. */
public sealed interface ShcVerification {

  ShcReason reason();

  default boolean valid() {
    return reason() == ShcReason.VALID;
  }

  record Valid(ShcCard card) implements ShcVerification {

    public Valid {
      Objects.requireNonNull(card, "card");
    }

    @Override
    public ShcReason reason() {
      return ShcReason.VALID;
    }
  }

  /** Refused; {@code card} is present only when its signature held. */
  record Invalid(ShcReason reason, String detail, Optional<ShcCard> card)
      implements ShcVerification {

    public Invalid {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(card, "card");
      if (reason == ShcReason.VALID) {
        throw new IllegalArgumentException("an invalid result needs a reason other than VALID");
      }
    }
  }
}
