package org.vaxline.pass.control;

import java.util.List;
import java.util.Objects;
import org.vaxline.pass.issuer.DoseGiven;
import org.vaxline.pass.issuer.IssuedPass;
import org.vaxline.pass.issuer.Statement;
import org.vaxline.pass.verifier.PassStatus;
import org.vaxline.registry.entity.Holder;

/**
 * A citizen's pass as they see it: the signed HCERT (its QR text, UVCI and signature window), what
 * Korea's rules make of their whole record now, who it names, the record it states, what a venue
 * scanning the QR code finds now (it judges that record alone) and every dose recorded.
 */
public record CitizenPass(
    IssuedPass issued,
    PassStatus status,
    Holder holder,
    Statement statement,
    PassStatus scanned,
    List<DoseGiven> doses) {

  public CitizenPass {
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(scanned, "scanned");
    doses = List.copyOf(doses);
  }
}
