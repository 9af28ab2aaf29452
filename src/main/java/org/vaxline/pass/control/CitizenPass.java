package org.vaxline.pass.control;

import java.util.List;
import java.util.Objects;
import org.vaxline.pass.issuer.DoseGiven;
import org.vaxline.pass.issuer.IssuedPass;
import org.vaxline.pass.verifier.PassStatus;
import org.vaxline.registry.entity.Holder;

/**
 * A citizen's pass as they see it: the signed HCERT (its QR text, UVCI and signature window), what
 * Korea's rules make of their whole record now, who it names and the doses it rests on.
 */
public record CitizenPass(
    IssuedPass issued, PassStatus status, Holder holder, List<DoseGiven> doses) {

  public CitizenPass {
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(holder, "holder");
    doses = List.copyOf(doses);
  }
}
