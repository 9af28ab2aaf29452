package org.vaxline.pass.verifier;

import com.upokecenter.cbor.CBORObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The EU DCC payload ({@code hcert} claim -260, key 1) in the schema's own terms (DCC schema
 * 1.3.0): schema version, name, date of birth and exactly one vaccination, test or recovery entry.
 */
public record DccCertificate(
    String ver,
    DccName nam,
    String dob,
    List<VaccinationEntry> v,
    List<TestEntry> t,
    List<RecoveryEntry> r) {

  public DccCertificate {
    Objects.requireNonNull(nam, "nam");
    Objects.requireNonNull(dob, "dob");
    v = List.copyOf(v);
    t = List.copyOf(t);
    r = List.copyOf(r);
    if (v.size() + t.size() + r.size() != 1) {
      throw new IllegalArgumentException("a DCC holds exactly one entry");
    }
  }

  public DccType type() {
    return !v.isEmpty() ? DccType.VACCINATION : !t.isEmpty() ? DccType.TEST : DccType.RECOVERY;
  }

  /** Its one entry. */
  public DccEntry entry() {
    return !v.isEmpty() ? v.get(0) : !t.isEmpty() ? t.get(0) : r.get(0);
  }

  /** The certificate identifier (UVCI) of its one entry. */
  public String ci() {
    return entry().ci();
  }

  /** Who it names, and what of that a venue may see. */
  public Holder holder() {
    return nam.holder(dob);
  }

  static DccCertificate from(CBORObject dcc) throws Rejection {
    var type = DccType.of(dcc);
    var map = CborMap.of(dcc, "the DCC");
    var v = new ArrayList<VaccinationEntry>();
    var t = new ArrayList<TestEntry>();
    var r = new ArrayList<RecoveryEntry>();
    for (var entry : map.maps(type.key())) {
      switch (type) {
        case VACCINATION -> v.add(VaccinationEntry.from(entry));
        case TEST -> t.add(TestEntry.from(entry));
        case RECOVERY -> r.add(RecoveryEntry.from(entry));
      }
    }
    if (v.size() + t.size() + r.size() != 1) {
      throw new Rejection(HcertReason.SCHEMA, "a DCC holds exactly one entry");
    }
    var nam = DccName.from(CborMap.of(dcc.get("nam"), "nam"));
    return new DccCertificate(map.text("ver"), nam, map.text("dob"), v, t, r);
  }
}
