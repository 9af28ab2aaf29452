package org.vaxline.demo.entity;

/** What a vaccination site is, as the clinic table records it. */
public enum ClinicKind {
  /** A vaccination centre (예방접종센터) run by the local government. */
  CENTER,
  /** A hospital contracted to vaccinate (위탁의료기관). */
  HOSPITAL,
  /** A clinic contracted to vaccinate (위탁의료기관), most of them. */
  CLINIC
}
