package org.vaxline.pass.verifier;

/**
 * What every DCC entry carries, whatever its kind (DCC schema 1.3.0): the disease targeted, the
 * country, the issuer and the certificate identifier (UVCI).
 */
public sealed interface DccEntry permits VaccinationEntry, TestEntry, RecoveryEntry {

  String tg();

  String co();

  String is();

  String ci();
}
